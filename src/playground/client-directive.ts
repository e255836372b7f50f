/**
 * `client:playground`: hydrates a playground island when the reader scrolls it near the viewport
 * or touches it (pointer, focus, key), whichever is first, so a page with playgrounds loads no
 * editor code until one is about to be used, not even for a playground visible at load. A click
 * on Run (or Ctrl/Cmd+Enter) before the island is live is remembered on the element
 * (`data-pg-pending-run`) and honoured once it is live.
 * Astro inlines this into the page, so it stays tiny. Astro requires a default export here.
 */
import type { ClientDirective } from 'astro';
import { PENDING_RUN_ATTRIBUTE, RUN_BUTTON_ATTRIBUTE, TOUCHED_ATTRIBUTE } from './island-attributes';

const INTERACTIONS = ['pointerdown', 'focusin', 'keydown', 'click'] as const;

const playgroundDirective: ClientDirective = (load, _options, el) => {
  let started = false;
  let live = false;
  const onInteract = (event: Event) => {
    if (live) return;
    const key = event as KeyboardEvent;
    const runShortcut = event.type === 'keydown' && key.key === 'Enter' && (key.ctrlKey || key.metaKey);
    if (runShortcut || (event.type === 'click' && (event.target as Element | null)?.closest?.(`[${RUN_BUTTON_ATTRIBUTE}]`))) {
      el.setAttribute(PENDING_RUN_ATTRIBUTE, '');
    }
    el.setAttribute(TOUCHED_ATTRIBUTE, '');
    start();
  };
  let near = false;
  let scrolled = false;
  const observer = new IntersectionObserver(
    (entries) => {
      near = entries.some((entry) => entry.isIntersecting);
      if (near && scrolled) start();
    },
    { rootMargin: '200px 0px' },
  );
  const onScroll = () => {
    scrolled = true;
    if (near) start();
  };
  async function start() {
    if (started) return;
    started = true;
    observer.disconnect();
    removeEventListener('scroll', onScroll);
    const hydrate = await load();
    await hydrate();
    live = true;
    for (const type of INTERACTIONS) el.removeEventListener(type, onInteract, true);
  }
  for (const type of INTERACTIONS) el.addEventListener(type, onInteract, true);
  for (const child of el.children) observer.observe(child);
  addEventListener('scroll', onScroll, { passive: true });
};

export default playgroundDirective;

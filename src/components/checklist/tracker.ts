import { computeProgress } from '../../checklist/progress';
import { checklistMessages } from '../../checklist/messages';
import { MAX_STORED_CHARS } from '../../checklist/storage-key';
import { EXPORT_FILE_NAME } from '../../checklist/transfer';
import { toLocale } from '../../i18n/locales';
import { getBrowserStore } from './browser-store';
import { readGroups, renderProgress } from './dom-progress';

/** Turns every server-rendered checklist on the page (`[data-checklist]`) into a live tracker. */
export function startChecklists(): void {
  for (const root of document.querySelectorAll<HTMLElement>('[data-checklist]')) startChecklist(root);
}

function startChecklist(root: HTMLElement): void {
  if (root.dataset.checklistReady) return;
  const t = checklistMessages[toLocale(root.dataset.locale)];
  const groups = readGroups(root);
  const store = getBrowserStore(groups);
  const boxes = [...root.querySelectorAll<HTMLInputElement>('input[data-checklist-id]')];
  const part = <T extends Element>(name: string) => root.querySelector<T>(`[data-checklist-part="${name}"]`);
  const notice = part<HTMLElement>('notice');
  const live = part<HTMLElement>('live');
  const message = part<HTMLElement>('message');
  const clearButton = part<HTMLButtonElement>('clear');
  const dialog = part<HTMLDialogElement>('dialog');
  const fileInput = part<HTMLInputElement>('file');

  const say = (region: HTMLElement | null, text: string) => {
    if (region) region.textContent = text;
  };
  const progress = () => computeProgress(store.getState(), groups);
  const render = () => {
    const state = store.getState();
    for (const box of boxes) box.checked = state.ticked.includes(box.dataset.checklistId ?? '');
    const figures = progress();
    renderProgress(root, figures, t.count);
    if (clearButton) clearButton.disabled = figures.done === 0;
    if (notice) notice.hidden = store.canSave();
  };

  store.subscribe(render);
  render();

  root.addEventListener('change', (event) => {
    const box = event.target;
    if (!(box instanceof HTMLInputElement) || !box.dataset.checklistId) return;
    store.setTicked(box.dataset.checklistId, box.checked);
    const { done, total } = progress();
    say(live, t.announce(done, total));
  });

  part('export')?.addEventListener('click', () => {
    download(store.exportText(new Date()));
    say(message, t.exported);
  });

  part('import')?.addEventListener('click', () => fileInput?.click());
  fileInput?.addEventListener('change', async () => {
    const file = fileInput.files?.[0];
    fileInput.value = '';
    if (file) say(message, await importFrom(file));
  });

  clearButton?.addEventListener('click', () => {
    const question = t.confirmBody(progress().done);
    if (!dialog || typeof dialog.showModal !== 'function') {
      // Browsers without <dialog> still get a confirmation step.
      if (window.confirm(question)) clearAll();
      return;
    }
    say(part('confirm-body'), question);
    dialog.returnValue = '';
    dialog.showModal();
  });
  dialog?.addEventListener('close', () => {
    if (dialog.returnValue === 'clear') clearAll();
  });

  function clearAll(): void {
    store.clear();
    say(message, t.cleared);
  }

  async function importFrom(file: File): Promise<string> {
    // UTF-8 takes at most 4 bytes a character: a larger file cannot be under the character limit.
    if (file.size > MAX_STORED_CHARS * 4) return t.importErrors['too-large'];
    let text: string;
    try {
      text = await file.text();
    } catch {
      return t.importErrors['read-failed'];
    }
    const before = store.getState().ticked.length;
    const result = store.importText(text);
    if (!result.ok) return t.importErrors[result.error];
    const { done, total } = progress();
    return t.imported(done - before, done, total) + (result.dropped > 0 ? t.importDropped(result.dropped) : '');
  }

  for (const el of root.querySelectorAll<HTMLElement>('[data-checklist-js]')) el.hidden = false;
  root.dataset.checklistReady = 'true';
}

function download(text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = EXPORT_FILE_NAME;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoking at once can cancel the download in some browsers; the URL only holds a few hundred bytes.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

import { readFileSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import GithubSlugger from 'github-slugger';
import { describe, expect, it } from 'vitest';
import { checklist, checklistIds } from '~/data/checklist';

const root = fileURLToPath(new URL('../../', import.meta.url));
const moduleText = readFileSync(`${root}tests/fixtures/modulo-05-performance-e-concorrencia.md`, 'utf8');

/** The module's "Checklist de Performance" section as groups of `- [ ]` items. */
function moduleChecklist(): { title: string; items: string[] }[] {
  const section = moduleText.split('## 🎓 Checklist de Performance')[1]?.split('\n---')[0] ?? '';
  return section
    .split('\n### ')
    .slice(1)
    .map((block) => {
      const [title = '', ...lines] = block.split('\n');
      return { title: title.trim(), items: lines.filter((l) => l.startsWith('- [ ] ')).map((l) => l.slice(6).trim()) };
    });
}

describe('checklist data', () => {
  it("holds every group and item of the module, in the module's order and words", () => {
    const fromModule = moduleChecklist();
    expect(fromModule.flatMap((g) => g.items)).toHaveLength(17);
    expect(checklist.map((g) => ({ title: g.moduleTitle, items: g.items.map((i) => i.moduleText) }))).toEqual(fromModule);
  });

  it('has unique, stable-looking ids', () => {
    expect(new Set(checklistIds).size).toBe(checklistIds.length);
    for (const id of checklistIds) expect(id).toMatch(/^[a-z]+(-[a-z0-9]+)+$/);
  });

  it('links every item to the lesson that teaches it: none is left untaught', () => {
    for (const item of checklist.flatMap((g) => g.items)) {
      expect(item.taughtIn?.slug, item.id).toBeTruthy();
    }
  });

  it('links only to pages that exist in both languages', () => {
    const slugs = checklist.flatMap((g) => g.items).map((i) => i.taughtIn.slug);
    for (const slug of slugs) {
      expect(existsSync(`${root}content/docs/${slug}.mdx`), `${slug} (pt-BR)`).toBe(true);
      expect(existsSync(`${root}content/docs/en/${slug}.mdx`), `${slug} (en)`).toBe(true);
    }
  });

  it('links every taught item to an existing page and, when it names one, to a heading of that page in each language', () => {
    /** The ids Astro gives a page's headings (github-slugger over each Markdown heading's text). */
    const headingIds = (file: string) => {
      const slugger = new GithubSlugger();
      const body = readFileSync(file, 'utf8').replace(/```[\s\S]*?```/g, '');
      return [...body.matchAll(/^#{2,6} (.+)$/gm)].map((m) => slugger.slug(m[1]!.replace(/`/g, '').trim()));
    };
    const taught = checklist.flatMap((g) => g.items);
    expect(taught.length).toBeGreaterThan(0);
    for (const item of taught) {
      const { slug, anchor } = item.taughtIn;
      for (const [locale, dir] of [
        ['pt-BR', 'content/docs/'],
        ['en', 'content/docs/en/'],
      ] as const) {
        const file = `${root}${dir}${slug}.mdx`;
        expect(existsSync(file), `${item.id}: ${slug} (${locale})`).toBe(true);
        if (anchor) expect(headingIds(file), `${item.id}: #${anchor[locale]} on ${slug} (${locale})`).toContain(anchor[locale]);
      }
    }
  });

  it('writes every item in both languages with balanced code spans', () => {
    for (const item of checklist.flatMap((g) => g.items)) {
      for (const text of [item.text['pt-BR'], item.text.en]) {
        expect(text.trim(), item.id).not.toBe('');
        expect(text.split('`').length % 2, `${item.id}: ${text}`).toBe(1);
      }
    }
  });
});

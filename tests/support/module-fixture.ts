import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The module as written (a copy of the course text, kept beside the tests so they need nothing outside the repo). */
const moduleMarkdown = readFileSync(fileURLToPath(new URL('../fixtures/modulo-05-performance-e-concorrencia.md', import.meta.url)), 'utf8');

export interface ModuleCodeBlock {
  lang: string;
  code: string;
}

/** Every fenced code block of the module, with its language tag ('' for a bare fence). */
export function moduleCodeBlocks(markdown = moduleMarkdown): ModuleCodeBlock[] {
  const blocks: ModuleCodeBlock[] = [];
  const fence = /^```(\w*)\n([\s\S]*?)\n```$/gm;
  for (const m of markdown.matchAll(fence)) blocks.push({ lang: m[1]!, code: m[2]! });
  return blocks;
}

/**
 * Every line of prose of the module (headings, paragraphs, list items) as a reader sees it:
 * markdown syntax removed, code blocks and rules left out. A heading or bold label loses its
 * trailing colon ("**Regra de Ouro:**" → "Regra de Ouro"): the site turns those into headings.
 */
export function moduleProseLines(markdown = moduleMarkdown): string[] {
  const withoutCode = markdown.replace(/^```[\s\S]*?^```$/gm, '');
  return withoutCode
    .split('\n')
    .map((line) =>
      line
        .replace(/^(#+\s*.*?):$/, '$1')
        .replace(/^#+\s*/, '')
        .replace(/^\s*(?:[-*]|\d+\.)\s+(?:\[ \]\s+)?/, '')
        .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
        .replace(/^\*\*(.+):\*\*$/, '$1')
        .replace(/\*\*|`/g, '')
        .trim(),
    )
    .filter((line) => line !== '' && line !== '---');
}

/** The checklist of the module: group heading (as written, e.g. "Database:") and its items. */
export function moduleChecklist(markdown = moduleMarkdown): { group: string; items: string[] }[] {
  const section = markdown.split('## 🎓 Checklist de Performance')[1]!.split('\n---')[0]!;
  return section
    .split(/^### /m)
    .slice(1)
    .map((chunk) => {
      const [heading, ...rest] = chunk.split('\n');
      const items = rest.filter((l) => l.startsWith('- [ ] ')).map((l) => l.slice('- [ ] '.length).trim());
      return { group: heading!.trim(), items };
    });
}

/** The reference block's rows: label and figure as printed ("L1 cache" → "0.5 ns"). */
export function moduleReferenceRows(markdown = moduleMarkdown): { label: string; value: string }[] {
  const block = moduleCodeBlocks(markdown).find((b) => b.code.startsWith('Latência típica:'));
  if (!block) throw new Error('reference block not found in the module');
  return block.code
    .split('\n')
    .filter((l) => l.startsWith('- '))
    .map((l) => {
      const [label, value] = l.slice(2).split(/:\s+/);
      return { label: label!.trim(), value: value!.trim() };
    });
}

import { expect, test, type Page } from '@playwright/test';
import { checklist } from '../../src/data/checklist';
import { pagePath, pageSlugs } from '../../src/data/pages';
import { latencies, throughputs } from '../../src/data/reference-numbers';
import { locales } from '../../src/i18n/locales';
import { moduleCodeBlocks, moduleProseLines } from '../support/module-fixture';

interface PageShape {
  h2: number;
  h3: number;
  codeBlocks: number;
}

/** Headings and code blocks of the page's article (Starlight's own "on this page" heading excluded). */
async function shape(page: Page): Promise<PageShape> {
  const content = page.locator('main .sl-markdown-content');
  return {
    h2: await content.locator('h2').count(),
    h3: await content.locator('h3').count(),
    codeBlocks: await content.locator('.expressive-code').count(),
  };
}

/** The exact text of every Expressive Code block on the page, as its copy button would copy it. */
async function codeTexts(page: Page): Promise<string[]> {
  return page
    .locator('main .expressive-code .copy button[data-code]')
    .evaluateAll((buttons) => buttons.map((b) => (b.getAttribute('data-code') ?? '').replaceAll('\u007f', '\n')));
}

const normalize = (text: string) => text.replace(/\s+/g, ' ').trim();

test.describe('parity between languages', () => {
  for (const slug of pageSlugs) {
    test(`${slug}: same h2/h3 structure and code block count in pt-BR and en`, async ({ page }) => {
      await page.goto(pagePath(slug, 'pt-BR'));
      const pt = await shape(page);
      await page.goto(pagePath(slug, 'en'));
      const en = await shape(page);
      expect(en).toEqual(pt);
    });
  }
});

test.describe('the whole module is on the Portuguese site', () => {
  test('every code sample of the module appears verbatim', async ({ page }) => {
    const onSite: string[] = [];
    for (const slug of pageSlugs) {
      await page.goto(pagePath(slug, 'pt-BR'));
      onSite.push(...(await codeTexts(page)));
    }
    const samples = moduleCodeBlocks();
    expect(samples.length).toBe(12);
    const missing = samples.filter((s) => !onSite.includes(s.code)).map((s) => s.code.split('\n')[0]);
    expect(missing).toEqual([]);
  });

  test('every heading, paragraph and list item of the module appears', async ({ page }) => {
    let siteText = '';
    for (const slug of pageSlugs) {
      await page.goto(pagePath(slug, 'pt-BR'));
      siteText += ' ' + normalize(await page.locator('main').innerText());
    }
    const missing = moduleProseLines().filter((line) => !siteText.includes(normalize(line)));
    expect(missing).toEqual([]);
  });
});

test.describe('checklist items and reference numbers in both languages', () => {
  for (const locale of locales) {
    test(`${locale}: every checklist item is on the checklist page`, async ({ page }) => {
      await page.goto(pagePath('checklist', locale));
      const text = normalize(await page.locator('main').innerText());
      for (const group of checklist) {
        expect(text).toContain(group.title[locale]);
        for (const item of group.items) expect(text).toContain(item.text[locale]);
      }
    });

    test(`${locale}: every reference number is on the reference page`, async ({ page }) => {
      await page.goto(pagePath('reference-numbers', locale));
      const text = normalize(await page.locator('main').innerText());
      for (const row of [...latencies, ...throughputs]) {
        expect(text).toContain(row.label[locale]);
        expect(text).toContain(row.moduleText);
      }
    });
  }
});

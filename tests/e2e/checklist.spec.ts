import { readFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type BrowserContext, type Page } from '@playwright/test';
import { LEGACY_STORAGE_KEY, STORAGE_KEY } from '../../src/checklist/storage-key';
import { checklist, checklistIds } from '../../src/data/checklist';
import { badStoredValues } from '../checklist/bad-stored-values';

/** Every page opened in a test is watched: an uncaught error anywhere fails the test. */
const test = base.extend<{ pageErrors: string[] }>({
  pageErrors: [
    async ({ context }, use) => {
      const errors: string[] = [];
      const watch = (page: Page) => page.on('pageerror', (error) => errors.push(`${page.url()}: ${error.message}`));
      context.pages().forEach(watch);
      context.on('page', watch);
      await use(errors);
      expect(errors).toEqual([]);
    },
    { auto: true },
  ],
});

const PT = '/checklist/';
const EN = '/en/checklist/';
const total = checklistIds.length;

/** Opens a checklist page and waits until its script has taken over the server-rendered list. */
async function openChecklist(page: Page, path: string): Promise<void> {
  await page.goto(path);
  await expect(page.locator('[data-checklist][data-checklist-ready]')).toBeAttached();
}

const box = (page: Page, name: string) => page.getByRole('checkbox', { name, exact: true });
const overall = (page: Page) => page.locator('.checklist-tools [data-progress-of="overall"] [data-count]');
const storedValue = (page: Page) => page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY);

/** Seeds storage before the first page script runs, once per context (not again on reload). */
async function seedOnce(context: BrowserContext, entries: Record<string, string>): Promise<void> {
  await context.addInitScript((seed) => {
    // about:blank (opened by some tools) has no storage of its own.
    if (location.origin === 'null' || sessionStorage.getItem('e2e.seeded')) return;
    for (const [key, value] of Object.entries(seed)) localStorage.setItem(key, value);
    sessionStorage.setItem('e2e.seeded', '1');
  }, entries);
}

test('a tick survives a reload', async ({ page }) => {
  await openChecklist(page, PT);
  await expect(overall(page)).toHaveText(`0 de ${total}`);
  await box(page, 'Evitar N+1 queries').check();
  await box(page, 'CDN para assets estáticos').check();
  await expect(overall(page)).toHaveText(`2 de ${total}`);
  await expect(page.locator('[data-progress-of="database"] [data-count]')).toHaveText('1 de 5');

  await page.reload();
  await expect(page.locator('[data-checklist-ready]')).toBeAttached();
  await expect(box(page, 'Evitar N+1 queries')).toBeChecked();
  await expect(box(page, 'CDN para assets estáticos')).toBeChecked();
  await expect(box(page, 'Indexes em colunas de busca/join')).not.toBeChecked();
  await expect(overall(page)).toHaveText(`2 de ${total}`);
  expect(JSON.parse((await storedValue(page)) ?? 'null')).toEqual({ version: 1, ticked: ['db-n-plus-one', 'infra-cdn'] });
});

test('a tick on the Portuguese page shows on the English one', async ({ page }) => {
  await openChecklist(page, PT);
  await box(page, 'Estratégia de invalidação').check();
  await openChecklist(page, EN);
  await expect(box(page, 'An invalidation strategy')).toBeChecked();
  await expect(overall(page)).toHaveText(`1 of ${total}`);
  await box(page, 'An invalidation strategy').uncheck();
  await openChecklist(page, PT);
  await expect(box(page, 'Estratégia de invalidação')).not.toBeChecked();
});

test('two tabs stay in step without a reload', async ({ context }) => {
  const first = await context.newPage();
  const second = await context.newPage();
  await openChecklist(first, PT);
  await openChecklist(second, EN);

  await first.getByRole('checkbox', { name: 'Rate limiting implementado' }).check();
  await expect(box(second, 'Rate limiting in place')).toBeChecked();
  await expect(overall(second)).toHaveText(`1 of ${total}`);

  await box(second, 'Load balancer configured').check();
  await expect(box(first, 'Load balancer configurado')).toBeChecked();
  await box(second, 'Rate limiting in place').uncheck();
  await expect(box(first, 'Rate limiting implementado')).not.toBeChecked();
  await expect(overall(first)).toHaveText(`1 de ${total}`);
});

test('clear all asks first, and Cancel or Escape keep the ticks', async ({ page }) => {
  await openChecklist(page, PT);
  await box(page, 'TTL apropriado').check();
  await box(page, 'Health checks configurados').check();

  const clear = page.getByRole('button', { name: 'Limpar tudo', exact: true });
  const dialog = page.getByRole('dialog', { name: 'Limpar todas as marcações?' });
  await clear.click();
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('os 2 itens marcados');
  await expect(dialog.getByRole('button', { name: 'Cancelar' })).toBeFocused();
  const shape = await dialog.boundingBox();
  const viewport = page.viewportSize();
  expect(Math.abs((shape?.x ?? 0) + (shape?.width ?? 0) / 2 - (viewport?.width ?? 0) / 2)).toBeLessThan(2);
  await dialog.getByRole('button', { name: 'Cancelar' }).click();
  await expect(dialog).toBeHidden();
  await expect(box(page, 'TTL apropriado')).toBeChecked();

  await clear.click();
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(box(page, 'Health checks configurados')).toBeChecked();

  await clear.click();
  await dialog.getByRole('button', { name: 'Limpar tudo' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('checkbox', { checked: true })).toHaveCount(0);
  await expect(overall(page)).toHaveText(`0 de ${total}`);
  await expect(page.getByText('Todas as marcações foram removidas.')).toBeVisible();
  await expect(clear).toBeDisabled();
  await page.reload();
  await expect(page.locator('[data-checklist-ready]')).toBeAttached();
  await expect(page.getByRole('checkbox', { checked: true })).toHaveCount(0);
});

test("without <dialog> support, clear all still asks through the browser's confirm", async ({ page, context }) => {
  await context.addInitScript(() => {
    // @ts-expect-error: simulating a browser that predates HTMLDialogElement.showModal
    delete HTMLDialogElement.prototype.showModal;
  });
  await openChecklist(page, EN);
  await box(page, 'Rate limiting in place').check();
  const clear = page.getByRole('button', { name: 'Clear all', exact: true });

  page.once('dialog', (question) => {
    expect(question.type()).toBe('confirm');
    expect(question.message()).toContain('the ticked item');
    void question.dismiss();
  });
  await clear.click();
  await expect(box(page, 'Rate limiting in place')).toBeChecked();

  page.once('dialog', (question) => void question.accept());
  await clear.click();
  await expect(box(page, 'Rate limiting in place')).not.toBeChecked();
  await expect(page.getByText('All ticks cleared.')).toBeVisible();
});

test('export, then import into a fresh browser, restores the ticks', async ({ page, browser }) => {
  await openChecklist(page, EN);
  for (const name of ['Avoid N+1 queries', 'Redis for frequently read data', 'HTTP caching headers']) await box(page, name).check();
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export (JSON)' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('modulo05-checklist.json');
  const file = await download.path();
  const exported = JSON.parse(await readFile(file, 'utf8'));
  expect(exported).toMatchObject({
    format: 'modulo05-checklist',
    version: 1,
    ticked: ['db-n-plus-one', 'cache-redis', 'api-http-caching'],
  });

  const fresh = await browser.newContext();
  try {
    const other = await fresh.newPage();
    const errors: string[] = [];
    other.on('pageerror', (error) => errors.push(error.message));
    await openChecklist(other, PT);
    await box(other, 'Paginação cursor-based').check();
    const choosing = other.waitForEvent('filechooser');
    await other.getByRole('button', { name: 'Importar', exact: true }).click();
    await (await choosing).setFiles(file);
    await expect(other.getByText(`Importação concluída: 3 itens novos marcados; 4 de ${total} no total.`)).toBeVisible();
    for (const name of ['Evitar N+1 queries', 'Redis para dados frequentes', 'HTTP caching headers', 'Paginação cursor-based']) {
      await expect(box(other, name)).toBeChecked();
    }
    await other.reload();
    await expect(other.locator('[data-checklist-ready]')).toBeAttached();
    await expect(other.getByRole('checkbox', { checked: true })).toHaveCount(4);
    expect(errors).toEqual([]);
  } finally {
    await fresh.close();
  }
});

test('a bad import file is refused with a clear message and changes nothing', async ({ page }) => {
  await openChecklist(page, PT);
  await box(page, 'Auto-scaling habilitado').check();
  const importFile = async (name: string, contents: string) => {
    const choosing = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Importar', exact: true }).click();
    await (await choosing).setFiles({ name, mimeType: 'application/json', buffer: Buffer.from(contents) });
  };
  const message = page.locator('[data-checklist-part="message"]');

  await importFile('notes.json', 'my progress: everything');
  await expect(message).toHaveText('O arquivo não é um JSON válido. Nada foi alterado.');
  await importFile('package.json', '{"name":"app","version":"1.0.0"}');
  await expect(message).toHaveText('O arquivo não é um progresso exportado deste checklist. Nada foi alterado.');
  await importFile('empty.json', '');
  await expect(message).toHaveText('O arquivo está vazio. Nada foi alterado.');

  await expect(page.getByRole('checkbox', { checked: true })).toHaveCount(1);
  await expect(box(page, 'Auto-scaling habilitado')).toBeChecked();
  expect(JSON.parse((await storedValue(page)) ?? 'null')).toEqual({ version: 1, ticked: ['infra-auto-scaling'] });
});

const corrupted = [
  'plain text',
  'truncated JSON',
  'ticked is a string',
  '__proto__ key with a ticked list',
  'a huge string (1 MB)',
  'deeply nested arrays',
  'ids that no longer exist',
];

for (const name of corrupted) {
  test(`a corrupted stored value (${name}) does not break the page`, async ({ page, context }) => {
    const bad = badStoredValues.find((value) => value.name === name);
    if (!bad) throw new Error(`no bad stored value named ${name}`);
    await seedOnce(context, { [STORAGE_KEY]: bad.raw });
    await openChecklist(page, PT);
    await expect(page.getByRole('checkbox')).toHaveCount(total);
    await expect(page.getByRole('checkbox', { checked: true })).toHaveCount(bad.keeps.length);
    await expect(overall(page)).toHaveText(`${bad.keeps.length} de ${total}`);
    await expect(page.locator('[data-checklist-part="notice"]')).toBeHidden();

    await box(page, 'Async/await onde possível').check();
    await page.reload();
    await expect(page.locator('[data-checklist-ready]')).toBeAttached();
    await expect(box(page, 'Async/await onde possível')).toBeChecked();
    expect(JSON.parse((await storedValue(page)) ?? 'null')).toEqual({ version: 1, ticked: [...bad.keeps, 'api-async'] });
  });
}

test('the previous stored format is migrated on load', async ({ page, context }) => {
  await seedOnce(context, { [LEGACY_STORAGE_KEY]: '{"db-indexes":true,"cache-ttl":false,"infra-cdn":true}' });
  await openChecklist(page, EN);
  await expect(page.getByRole('checkbox', { checked: true })).toHaveCount(2);
  await expect(box(page, 'Indexes on search/join columns')).toBeChecked();
  await expect(box(page, 'CDN for static assets')).toBeChecked();
  expect(await page.evaluate((key) => localStorage.getItem(key), LEGACY_STORAGE_KEY)).toBeNull();
});

test('when saving throws (quota exceeded), the list still works and says it cannot save', async ({ page, context }) => {
  await context.addInitScript(() => {
    Storage.prototype.setItem = function setItem() {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
  await openChecklist(page, PT);
  await page.waitForLoadState('load');
  const notice = page.getByText('Não é possível salvar seu progresso neste navegador');
  await expect(notice).toBeVisible();
  await box(page, 'Connection pooling configurado').check();
  await expect(overall(page)).toHaveText(`1 de ${total}`);
  await expect(page.locator('[data-progress-of="database"] [data-count]')).toHaveText('1 de 5');
});

test('when localStorage cannot even be reached, the list still works and says it cannot save', async ({ page, context }) => {
  await context.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      configurable: true,
      get() {
        throw new DOMException('Access is denied for this document.', 'SecurityError');
      },
    });
  });
  await openChecklist(page, EN);
  await page.waitForLoadState('load');
  await expect(page.getByText("Your progress can't be saved in this browser")).toBeVisible();
  await box(page, 'Queries analysed with EXPLAIN').check();
  await box(page, 'Health checks configured').check();
  await expect(overall(page)).toHaveText(`2 of ${total}`);
  await expect(page.locator('[data-progress-of="database"] [data-count]')).toHaveText('1 of 5');
});

test('the overview shows progress only once something is ticked', async ({ page }) => {
  const widget = page.locator('[data-checklist-progress]');
  await page.goto('/');
  await expect(widget).toBeAttached();
  await expect(widget).toBeHidden();

  await openChecklist(page, PT);
  await box(page, 'Indexes em colunas de busca/join').check();
  await box(page, 'Cache warming para dados críticos').check();

  await page.goto('/');
  await expect(widget).toBeVisible();
  await expect(widget.locator('[data-progress-of="overall"] [data-count]')).toHaveText(`2 de ${total}`);
  await expect(widget.getByRole('link', { name: 'Continuar o checklist' })).toHaveAttribute('href', '/checklist/');
  await page.goto('/en/');
  await expect(widget).toBeVisible();
  await expect(widget).toContainText(`2 of ${total}`);
  await expect(widget.getByRole('link', { name: 'Continue the checklist' })).toHaveAttribute('href', '/en/checklist/');

  await openChecklist(page, EN);
  await page.getByRole('button', { name: 'Clear all', exact: true }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Clear all' }).click();
  await expect(overall(page)).toHaveText(`0 of ${total}`);
  await page.goto('/en/');
  await expect(widget).toBeHidden();
});

test('keyboard alone ticks an item, and the new progress is announced', async ({ page }) => {
  await openChecklist(page, EN);
  await box(page, 'Indexes on search/join columns').focus();
  await page.keyboard.press('Space');
  await expect(box(page, 'Indexes on search/join columns')).toBeChecked();
  await expect(page.locator('[data-checklist-part="live"]')).toHaveText(`1 of ${total} items ticked.`);
  await expect(page.locator('[data-checklist-part="live"]')).toHaveAttribute('role', 'status');
  await page.keyboard.press('Tab');
  await expect(page.locator('#checklist-db-indexes-about').getByRole('link')).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(box(page, 'Avoid N+1 queries')).toBeFocused();
  await page.keyboard.press('Space');
  await expect(page.locator('[data-checklist-part="live"]')).toHaveText(`2 of ${total} items ticked.`);
});

test('without JavaScript the whole checklist is still a readable list', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  try {
    const page = await context.newPage();
    await page.goto(PT);
    await expect(page.getByRole('checkbox')).toHaveCount(total);
    for (const heading of checklist.map((g) => g.title['pt-BR'])) {
      await expect(page.getByRole('heading', { name: heading, exact: true })).toBeVisible();
    }
    await expect(page.getByText('Queries analisadas com EXPLAIN')).toBeVisible();
    await expect(page.locator('.checklist-tools')).toBeHidden();
    // Playwright's text matching skips <noscript> contents, so read the note's text directly.
    const note = page.locator('[data-checklist] .checklist-noscript');
    await expect(note).toBeVisible();
    expect(await note.evaluate((el) => el.textContent)).toContain('Sem JavaScript, as marcações não são salvas');
  } finally {
    await context.close();
  }
});

test('each item links to the page that teaches it, in the page language', async ({ page }) => {
  await openChecklist(page, EN);
  const about = page.locator('#checklist-db-pooling-about');
  await expect(about.getByRole('link')).toHaveAttribute('href', '/en/connection-pooling/');
  await expect(box(page, 'Connection pooling configured')).toHaveAttribute('aria-describedby', 'checklist-db-pooling-about');
  await openChecklist(page, PT);
  await expect(page.locator('#checklist-api-rate-limiting-about').getByRole('link')).toHaveAttribute('href', '/rate-limiting/');
});

for (const [locale, path] of [
  ['pt-BR', PT],
  ['en', EN],
] as const) {
  test(`${locale}: every lesson link of the checklist lands on a heading of its page`, async ({ page }) => {
    const taught = checklist.flatMap((g) => g.items);
    for (const item of taught) {
      await openChecklist(page, path);
      const href = await page.locator(`#checklist-${item.id}-about`).getByRole('link').getAttribute('href');
      expect(href, item.id).toBeTruthy();
      const response = await page.goto(href!);
      expect(response?.status(), href!).toBe(200);
      const anchor = item.taughtIn.anchor?.[locale];
      if (anchor) await expect(page.locator(`[id="${anchor}"]`).locator('xpath=self::h2|self::h3'), href!).toHaveCount(1);
    }
  });
}

test('fits a phone-sized screen without sideways scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await openChecklist(page, PT);
  await box(page, 'TTL apropriado').check();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  const buttons = page.locator('.checklist-actions button:visible');
  for (const button of await buttons.all()) {
    const size = await button.boundingBox();
    expect(size?.height ?? 0).toBeGreaterThanOrEqual(40);
  }
});

for (const theme of ['light', 'dark'] as const) {
  test(`axe finds no serious or critical violation in the ${theme} theme`, async ({ page, context }) => {
    await context.addInitScript((value) => {
      if (location.origin !== 'null') localStorage.setItem('starlight-theme', value);
    }, theme);
    for (const path of [PT, EN]) {
      await openChecklist(page, path);
      await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
      await page.getByRole('checkbox').nth(1).check();
      await page.getByRole('checkbox').nth(7).check();
      await expectNoSeriousViolations(page);
      await page.getByRole('button', { name: /^(Limpar tudo|Clear all)$/ }).click();
      await expect(page.getByRole('dialog')).toBeVisible();
      await expectNoSeriousViolations(page);
      await page.keyboard.press('Escape');
    }
    for (const path of ['/', '/en/']) {
      await page.goto(path);
      await expect(page.locator('[data-checklist-progress]')).toBeVisible();
      await expectNoSeriousViolations(page);
    }
  });
}

async function expectNoSeriousViolations(page: Page): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
  const serious = violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(serious, page.url()).toEqual([]);
}

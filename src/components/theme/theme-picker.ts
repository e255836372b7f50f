/**
 * The theme picker's behaviour (browser-only): Starlight's, with `localStorage` reached through the
 * page's guard. The reader's choice is kept under Starlight's key and values, so a choice saved
 * before still applies; where storage is blocked or full, the choice lasts for the visit.
 */
import { pageStorage } from '../../storage/page-storage';
import { parseTheme, storedForm, type Theme } from './theme-choice';

/** Defined by the theme provider's inline script in the head of every page, before this runs. */
declare const StarlightThemeProvider: { updatePickers(theme?: Theme): void };

const STORAGE_KEY = 'starlight-theme';

/** The choice made in this page, for when storage cannot tell it. */
let visitChoice: Theme | undefined;
/** Whether the last choice reached storage, so that storage holds it. */
let saved = true;

function chosenTheme(): Theme {
  const stored = pageStorage.read(STORAGE_KEY);
  if (visitChoice && (stored === undefined || !saved)) return visitChoice;
  return parseTheme(stored);
}

function systemTheme(): 'dark' | 'light' {
  return matchMedia('(prefers-color-scheme: light)').matches ? 'light' : 'dark';
}

function applyTheme(theme: Theme): void {
  visitChoice = theme;
  StarlightThemeProvider.updatePickers(theme);
  document.documentElement.dataset.theme = theme === 'auto' ? systemTheme() : theme;
  saved = pageStorage.write(STORAGE_KEY, storedForm(theme));
}

/** Defines `<starlight-theme-select>` and follows the system's colour scheme while the choice is auto. */
export function defineThemePicker(): void {
  if (customElements.get('starlight-theme-select')) return;
  matchMedia('(prefers-color-scheme: light)').addEventListener('change', () => {
    if (chosenTheme() === 'auto') applyTheme('auto');
  });
  customElements.define(
    'starlight-theme-select',
    class ThemePicker extends HTMLElement {
      constructor() {
        super();
        applyTheme(chosenTheme());
        this.querySelector('select')?.addEventListener('change', (event) => {
          if (event.currentTarget instanceof HTMLSelectElement) applyTheme(parseTheme(event.currentTarget.value));
        });
      }
    },
  );
}

import { createStore, type Store } from '../state/store';
import { readJson, writeJson } from '../state/storage';
import type { Language } from '../state/localized';

export const THEMES = ['dark', 'light', 'hc'] as const;
export type ThemeId = (typeof THEMES)[number];

export interface Settings {
  theme: ThemeId;
  language: Language;
}

const KEY = 'chitieu.settings';
const DEFAULTS: Settings = { theme: 'dark', language: 'vi' };

/** Theme and language: kept in the browser, shared by every user of it (the login screen too). */
export const settingsStore: Store<Settings> = createStore(readJson(KEY, DEFAULTS));
settingsStore.subscribe(() => writeJson(KEY, settingsStore.get()));

export function updateSettings(patch: Partial<Settings>): void {
  settingsStore.set((previous) => ({ ...previous, ...patch }));
}

export function nextTheme(theme: ThemeId): ThemeId {
  return THEMES[(THEMES.indexOf(theme) + 1) % THEMES.length] ?? 'dark';
}

import i18next, { type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Language, Localized } from '../workbench/state/localized';

/** Dictionaries are typed so that English must have every key Vietnamese has. */
export type Dictionary<K extends string = string> = Record<K, string>;

/**
 * The console's one i18next instance: Vietnamese first and the fallback, English second. The
 * workbench and each feature add their own namespace with addDictionaries.
 */
export const i18n: I18n = i18next.createInstance();

void i18n.use(initReactI18next).init({
  lng: 'vi',
  fallbackLng: 'vi',
  supportedLngs: ['vi', 'en'],
  ns: [],
  resources: {},
  interpolation: { escapeValue: false },
  returnNull: false,
  initAsync: false,
});

export function addDictionaries<K extends string>(namespace: string, vi: Dictionary<K>, en: Dictionary<K>): void {
  i18n.addResourceBundle('vi', namespace, vi, true, true);
  i18n.addResourceBundle('en', namespace, en, true, true);
}

export function setLanguage(language: Language): void {
  if (i18n.language !== language) void i18n.changeLanguage(language);
  document.documentElement.lang = language;
}

export function currentLanguage(): Language {
  return i18n.language === 'en' ? 'en' : 'vi';
}

/** A string of the dictionaries in both languages, for titles that must follow a language switch (tabs). */
export function inBothLanguages(key: string, options: Record<string, string | number> = {}): Localized {
  return { vi: i18n.getFixedT('vi')(key, options), en: i18n.getFixedT('en')(key, options) };
}

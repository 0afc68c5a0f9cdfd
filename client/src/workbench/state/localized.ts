/** A string in both languages of the console: Vietnamese first, English second. */
export interface Localized {
  vi: string;
  en: string;
}

export type Language = keyof Localized;

export function localize(text: Localized, language: Language): string {
  return text[language];
}

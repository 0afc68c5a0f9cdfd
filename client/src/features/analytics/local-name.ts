import type { Language } from '../../workbench/state/localized';

/** What the console needs of a saved query to name it. */
export interface Named {
  name: string;
  description: string;
  example: boolean;
}

/**
 * The example library names things in both languages ("Huyện xếp hạng… / Districts ranked…"):
 * the console shows the user's side. A user's own name is shown as written, slashes and all.
 */
export function localText(text: string, language: Language): string {
  const parts = text.split(' / ');
  if (parts.length !== 2) return text;
  return (language === 'vi' ? parts[0] : parts[1])!.trim();
}

export function queryName(query: Named, language: Language): string {
  return query.example ? localText(query.name, language) : query.name;
}

export function queryDescription(query: Named, language: Language): string {
  return query.example ? localText(query.description, language) : query.description;
}

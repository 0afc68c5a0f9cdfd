import { LEVELS, levelDepth, type Level } from './levels';

/**
 * Folds Vietnamese text for search: lower case, no diacritics, đ → d, single spaces.
 * "Huyện Thạnh Phú" → "huyen thanh phu".
 */
export function foldVietnamese(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/**
 * How well a unit's folded name matches a folded query; higher is better, 0 is no match.
 * Every query word must appear in the name. Whole words beat prefixes, prefixes beat inner
 * matches, and a higher level wins a tie: "thanh phu" ranks Huyện Thạnh Phú above
 * Xã Thạnh Phước. A code typed exactly matches best of all.
 */
export function searchScore(query: string, name: string, code: string, level: Level): number {
  return searchScorer(query)(name, code, level);
}

/**
 * `searchScore` with the query folded once: what ranks many units against one query uses this.
 */
export function searchScorer(query: string): (name: string, code: string, level: Level) => number {
  const q = foldVietnamese(query);
  const words = q.split(' ');
  return (name, code, level) => {
    if (q.length === 0) return 0;
    if (q === code) return 10_000;
    const folded = foldVietnamese(name);
    const nameWords = folded.split(' ');
    let score = 0;
    for (const word of words) {
      if (nameWords.includes(word)) score += 100;
      else if (nameWords.some((w) => w.startsWith(word))) score += 40;
      else if (nameWords.some((w) => w.includes(word))) score += 10;
      else return 0;
    }
    // The name itself, without its type, equal to the query beats a longer name
    // ("Thị trấn Thạnh Phú" over "Xã Thạnh Phú Đông"); fewer extra words beat more.
    if (withoutType(folded) === q) score += 60;
    score -= nameWords.length;
    return score * 10 + levelBonus(level);
  };
}

/**
 * Among equal names, the higher level first: COUNTRY gets LEVELS.length, the leaf 1. Below the
 * score's step of 10 while the vocabulary has fewer than 10 levels.
 */
function levelBonus(level: Level): number {
  return LEVELS.length - levelDepth(level);
}

/** Unit types as they start a name, folded, longest first ("thi tran" before "thi"). */
const TYPE_PREFIXES = [
  'thanh pho',
  'thi tran',
  'thi xa',
  'khu pho',
  'to dan pho',
  'tinh',
  'huyen',
  'quan',
  'xa',
  'phuong',
  'ap',
  'thon',
  'ban',
];

/** "huyen thanh phu" → "thanh phu". */
export function withoutType(foldedName: string): string {
  const prefix = TYPE_PREFIXES.find((p) => foldedName.startsWith(`${p} `));
  return prefix ? foldedName.slice(prefix.length + 1) : foldedName;
}

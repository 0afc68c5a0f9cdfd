import { formatCount, parseCount, type Locale } from '@chitieu/shared';

/** What a count cell holds: nothing yet, a whole number, or text that is not one. */
export type ParsedCount = { kind: 'empty' } | { kind: 'count'; value: number } | { kind: 'invalid' };

/**
 * Reads a cumulative count as officials type it, in either language: 1234, 1.234 (vi-VN),
 * 1,234 (en) or 1 234. Intl formats but does not parse, so this is the console's own reader;
 * anything else (1,5 · -3 · 12a) is invalid rather than guessed.
 */
export function parseCountInput(text: string): ParsedCount {
  if (text.trim() === '') return { kind: 'empty' };
  const value = parseCount(text);
  return value === null || !Number.isSafeInteger(value) ? { kind: 'invalid' } : { kind: 'count', value };
}

/** A count as the cell shows it once typed: 1.234 in Vietnamese, 1,234 in English. */
export function formatCountInput(value: number, language: Locale): string {
  return formatCount(value, language);
}

/** Re-formats what was typed (on leaving the cell); text that is not a count stays as typed. */
export function normalizeCountText(text: string, language: Locale): string {
  const parsed = parseCountInput(text);
  return parsed.kind === 'count' ? formatCountInput(parsed.value, language) : text.trim();
}

/** A signed change, "+43" or "−12" (a real minus sign), formatted for the language. */
export function formatChange(change: number, language: Locale): string {
  if (change === 0) return '0';
  const sign = change > 0 ? '+' : '−';
  return `${sign}${formatCount(Math.abs(change), language)}`;
}

import { isIsoDate, type IsoDate } from '@chitieu/shared';

/**
 * Reads a date as Vietnamese officials type it: 31/10/2023, 31-10-2023, 31.10.2023, 1/9/2023,
 * or ISO 2023-10-31. Intl formats but does not parse, so this is the console's own parser.
 * Returns null for anything that is not a real calendar date.
 */
export function parseViDate(text: string): IsoDate | null {
  const value = text.trim();
  if (isIsoDate(value)) return value;
  const match = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(value);
  if (!match) return null;
  const [, d = '', m = '', y = ''] = match;
  const iso = `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
  return isIsoDate(iso) ? iso : null;
}

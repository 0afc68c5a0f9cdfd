/**
 * Reads a percent as people type it: "45", "45,5", "45.5 %", "100%". Returns the fraction
 * (0.455) or null when it is not a number from 0 to 100 with at most two decimals. The console's own parser: Intl formats
 * but does not parse.
 */
export function parsePercent(text: string): number | null {
  const value = text.trim().replace(/\s*%$/, '').replace(',', '.');
  if (!/^\d{1,3}(\.\d{1,2})?$/.test(value)) return null;
  const percent = Number(value);
  return percent >= 0 && percent <= 100 ? percent / 100 : null;
}

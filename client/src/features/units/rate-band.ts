/**
 * Colour bands for a rate, as field campaigns report them: done (≥ 100%), close (≥ 90%),
 * behind (≥ 75%), far behind (below). A display rule only: states and rates come from the API.
 * (Candidate for @chitieu/shared once the server needs the same bands, e.g. in exports.)
 */
export type RateBand = 'done' | 'high' | 'mid' | 'low' | 'none';

export const RATE_BANDS: ReadonlyArray<{ band: Exclude<RateBand, 'none'>; min: number }> = [
  { band: 'done', min: 1 },
  { band: 'high', min: 0.9 },
  { band: 'mid', min: 0.75 },
  { band: 'low', min: -Infinity },
];

export function rateBand(rate: number | null | undefined): RateBand {
  if (rate === null || rate === undefined || Number.isNaN(rate)) return 'none';
  return RATE_BANDS.find((entry) => rate >= entry.min)?.band ?? 'low';
}

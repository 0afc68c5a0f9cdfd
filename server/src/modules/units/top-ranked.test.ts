import { describe, expect, it } from 'vitest';
import { topRanked } from './unit.service';

// A small deterministic generator: the same cases on every run.
function random(seed: number): () => number {
  let s = seed;
  return () => (s = (s * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648;
}

describe('the page of a search', () => {
  it('is what sorting every match gives, ties in score by path, for any page', () => {
    const next = random(7);
    for (let round = 0; round < 200; round++) {
      const n = Math.floor(next() * 300);
      const ranked = Array.from({ length: n }, (_, i) => ({
        id: i,
        // Few distinct scores: most matches tie, as the hamlets named "Ấp 1" do.
        score: [96, 575, 984, 1554][Math.floor(next() * 4)]!,
        path: `/83/${100 + Math.floor(next() * 900)}/${i}/`,
      }));
      const sorted = [...ranked].sort((a, b) => b.score - a.score || a.path.localeCompare(b.path));
      for (const count of [0, 1, 5, Math.floor(next() * 60), n, n + 3]) {
        expect(topRanked(ranked, count)).toEqual(sorted.slice(0, count));
      }
    }
  });
});

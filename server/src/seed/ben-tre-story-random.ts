/**
 * Deterministic randomness for the demo story. Every unit draws from its own stream, seeded from
 * a fixed salt and the unit's code, so the figures of one commune do not shift when another
 * commune's draws change, and two runs (on any machine) give the same story bit for bit.
 */

/** Bump to reshuffle the whole synthetic story; every exact figure of the article still holds. */
const STORY_SALT = 'chitieu/ben-tre/DDDT-2023/v1';

export interface Random {
  /** Uniform in [0, 1). */
  next(): number;
  /** Uniform in [min, max). */
  between(min: number, max: number): number;
  /** Uniform integer in [min, max], both included. */
  int(min: number, max: number): number;
}

/** mulberry32: a tiny 32-bit generator, good enough for plausible-looking noise. */
function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** FNV-1a over UTF-16 code units: turns a key into a 32-bit seed. */
function hashKey(key: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    hash ^= key.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** The stream for one purpose of one unit, e.g. randomFor('29119', 'hamlets'). */
export function randomFor(unitCode: string, purpose: string): Random {
  return randomStream(`${STORY_SALT}/${unitCode}/${purpose}`);
}

/** A stream seeded from any key: the same key gives the same numbers on any machine. */
export function randomStream(key: string): Random {
  const next = mulberry32(hashKey(key));
  return {
    next,
    between: (min, max) => min + (max - min) * next(),
    int: (min, max) => min + Math.floor((max - min + 1) * next()),
  };
}

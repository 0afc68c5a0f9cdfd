import {
  childPath,
  foldVietnamese,
  isLeaf,
  LEAF_LEVEL,
  splitLargestRemainder,
  type Level,
  type UnitRecord,
} from '@chitieu/shared';
import { randomStream, type Random } from '../ben-tre-story-random';
import type { GsoEntry, VietnamData } from './vietnam-data';

/**
 * The whole-country tree: one COUNTRY root (Việt Nam), GSO's provinces, districts and communes,
 * and synthetic hamlets under every commune. Ids are given here, level by level in code order,
 * so the tree is the same on every run and the writer inserts rows as they are.
 */

export const NATIONAL_SALT = 'chitieu/vietnam/DDDT-VN-2023/v1';
export const ROOT_CODE = 'VN';

/** The stream for one purpose of one unit of the national story. */
export function nationalRandom(unitCode: string, purpose: string): Random {
  return randomStream(`${NATIONAL_SALT}/${unitCode}/${purpose}`);
}

export interface TreeUnit extends UnitRecord {
  searchName: string;
  /** Its children: indexes [first, end) into the next level's array. */
  first: number;
  end: number;
  /** The weight of its share of targets: the synthetic people of the hamlets below. */
  weight: number;
}

export interface NationalTree {
  /** levels[0] is the root alone, then provinces, districts, communes, hamlets. */
  levels: [TreeUnit[], TreeUnit[], TreeUnit[], TreeUnit[], TreeUnit[]];
  /** Districts that GSO lists with no commune (the island districts): no hamlets, target 0. */
  islands: TreeUnit[];
  source: VietnamData['source'];
}

export interface TreeOptions {
  /** Only the first N provinces by code, or these GSO codes (smaller runs for tests); null for all 63. */
  provinces: number | readonly string[] | null;
  /** The average number of hamlets per commune (each commune draws from mean-3 to mean+4). */
  hamletsPerCommune: number;
}

/** The South (Đông Nam Bộ, Đồng bằng sông Cửu Long: GSO codes 70 and up) says ấp; the rest thôn, tổ dân phố. */
function hamletType(provinceCode: string, commune: GsoEntry): string {
  const south = provinceCode >= '70';
  if (commune.type === 'Xã') return south ? 'Ấp' : 'Thôn';
  return south ? 'Khu phố' : 'Tổ dân phố';
}

/** People of a commune (synthetic): wards and townships are bigger than rural communes. */
function communePopulation(commune: GsoEntry): number {
  const rng = nationalRandom(commune.code, 'population');
  const base = commune.type === 'Phường' ? 13_000 : commune.type === 'Thị trấn' ? 10_000 : 7_800;
  return Math.round(base * Math.exp(rng.between(-0.55, 0.55)));
}

function hamletCount(commune: GsoEntry, mean: number): number {
  const rng = nationalRandom(commune.code, 'hamlet-count');
  const drawn = mean + Math.round((rng.next() + rng.next() - 1) * 4.4);
  return Math.min(mean + 4, Math.max(Math.max(1, mean - 3), drawn));
}

function chooseProvinces(data: VietnamData, wanted: TreeOptions['provinces']): VietnamData['provinces'] {
  if (wanted === null) return data.provinces;
  if (typeof wanted === 'number') return data.provinces.slice(0, wanted);
  const unknown = wanted.filter((code) => !data.provinces.some((p) => p.code === code));
  if (unknown.length > 0) throw new RangeError(`Không có tỉnh mã / no province has the code: ${unknown.join(', ')}`);
  return data.provinces.filter((p) => wanted.includes(p.code));
}

export function buildNationalTree(data: VietnamData, options: TreeOptions): NationalTree {
  const levels: NationalTree['levels'] = [[], [], [], [], []];
  let nextId = 1;
  const add = (
    depth: 0 | 1 | 2 | 3 | 4,
    unit: Omit<TreeUnit, 'id' | 'path' | 'searchName' | 'first' | 'end' | 'hamletCount' | 'weight'>,
    parent: TreeUnit | null,
  ): TreeUnit => {
    // Field by field, in one order: every unit has the same shape, which keeps 96,000 of them cheap.
    const made: TreeUnit = {
      id: nextId++,
      code: unit.code,
      name: unit.name,
      type: unit.type,
      level: unit.level,
      parentId: unit.parentId,
      path: childPath(parent?.path ?? null, unit.code),
      searchName: foldVietnamese(unit.name),
      synthetic: unit.synthetic,
      population: unit.population,
      hamletCount: isLeaf(unit.level) ? 1 : 0,
      first: 0,
      end: 0,
      weight: unit.population ?? 0,
    };
    levels[depth].push(made);
    return made;
  };
  const real = (depth: 1 | 2 | 3, level: Level, e: GsoEntry, parent: TreeUnit) =>
    add(
      depth,
      { code: e.code, name: e.name, type: e.type, level, parentId: parent.id, synthetic: false, population: null },
      parent,
    );

  const root = add(
    0,
    {
      code: ROOT_CODE,
      name: 'Việt Nam',
      type: 'Quốc gia',
      level: 'COUNTRY',
      parentId: null,
      synthetic: false,
      population: null,
    },
    null,
  );
  const provinces = chooseProvinces(data, options.provinces);
  // Level by level, so ids (and the writer's inserts) follow the tree's breadth-first order.
  const provinceUnits = provinces.map((p) => real(1, 'PROVINCE', p, root));
  const districtPairs = provinces.flatMap((p, i) =>
    p.districts.map((d) => ({ d, unit: real(2, 'DISTRICT', d, provinceUnits[i]!), province: p })),
  );
  const communePairs = districtPairs.flatMap(({ d, unit, province }) =>
    d.communes.map((c) => ({ c, unit: real(3, 'COMMUNE', c, unit), province })),
  );
  for (const { c, unit, province } of communePairs) {
    const count = hamletCount(c, options.hamletsPerCommune);
    const rng = nationalRandom(c.code, 'hamlet-population');
    const people = splitLargestRemainder(
      communePopulation(c),
      Array.from({ length: count }, () => rng.between(0.6, 1.4)),
    );
    const type = hamletType(province.code, c);
    people.forEach((population, i) => {
      add(
        4,
        {
          code: `${c.code}${String(i + 1).padStart(2, '0')}`,
          name: `${type} ${i + 1}`,
          type,
          level: LEAF_LEVEL,
          parentId: unit.id,
          synthetic: true,
          population,
        },
        unit,
      );
    });
  }

  // Children ranges, hamlet counts and weights, bottom up (children are contiguous in their level).
  for (let depth = 3; depth >= 0; depth--) {
    const parents = levels[depth]!;
    const children = levels[depth + 1]!;
    const byId = new Map(parents.map((u) => [u.id, u]));
    children.forEach((child, i) => {
      const parent = byId.get(child.parentId!)!;
      if (parent.end === 0) parent.first = i;
      parent.end = i + 1;
      parent.hamletCount += child.hamletCount;
      parent.weight += child.weight;
    });
  }
  const islands = levels[2].filter((d) => d.end === d.first);
  return { levels, islands, source: data.source };
}

import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

// The facts the 2025 data files must hold, read from the committed files the way the seed will read
// them; and the scripts that write them, run again, give the same bytes.
type Commune = [code: string, name: string, type: number, predecessors: string[]];
type Province = [code: string, name: string, type: number, communes: Commune[]];
interface Vietnam2025 {
  counts: Record<string, number | Record<string, number>>;
  corrections: { name: string; packageCode: string; officialCode: string }[];
  droppedRows: { emptyOldCode: string[]; onlyOldNames: string[]; onlyOldNamesBadNewCode: string[] };
  withoutPredecessors: string[];
  from2023: { onlyByName: unknown[]; unmapped: [string, string, string, string][] };
  types: string[];
  provinces: Province[];
}
type Row2023 = [
  code: string,
  name: string,
  type: string,
  district: string,
  population: number,
  unit2024: string | null,
  code2025: string,
];
type Row2024 = [code: string, name: string, type: string, district: string, members: string[], code2025: string];
type Row2025 = [code: string, name: string, type: string, population: number, from2024: string[], from2023: string[]];
interface BenTre {
  source: { packageRowsWithoutCode: { agree: string[]; disagree: string[] } };
  events: { effective: string; basis: string; communesBefore: number; communesAfter: number }[];
  counts: Record<string, number>;
  communes2023: Row2023[];
  uncertain2024: [string, string[]][];
  units2024: Row2024[];
  communes2025: Row2025[];
}

const DATA = __dirname;
const ROOT = join(DATA, '..', '..', '..', '..');
const read = <T>(file: string): T => JSON.parse(readFileSync(join(DATA, file), 'utf8')) as T;
const vn = read<Vietnam2025>('vietnam-2025.json');
const bt = read<BenTre>('ben-tre-reorganisations.json');
const communes = vn.provinces.flatMap((p) => p[3]);
const communeByCode = new Map(communes.map((c) => [c[0], c]));

describe('vietnam-2025.json: the tree in force from 01-07-2025', () => {
  it('has 34 provinces and 3,321 communes (xã, phường, đặc khu), Tỉnh Vĩnh Long 86 with 124', () => {
    expect(vn.provinces).toHaveLength(34);
    expect(communes).toHaveLength(3321);
    expect(new Set(communes.map((c) => c[0])).size).toBe(3321);
    expect(
      Object.fromEntries(
        ['Xã', 'Phường', 'Đặc khu'].map((t) => [t, communes.filter((c) => vn.types[c[2]] === t).length]),
      ),
    ).toEqual({ Xã: 2621, Phường: 687, 'Đặc khu': 13 });
    const vl = vn.provinces.find((p) => p[0] === '86');
    expect(vl?.[1]).toBe('Tỉnh Vĩnh Long');
    expect(vl?.[3]).toHaveLength(124);
  });

  it("records the package's defects with the counts the build measured", () => {
    expect(vn.counts).toMatchObject({
      mappingRows: 10977,
      mappingUsed: 10034,
      droppedEmptyOldCode: 5,
      droppedOnlyOldNames: 938,
      droppedOnlyOldNamesBadNewCode: 442,
      communesWithoutPredecessors: 6,
      communes2023: 10598,
      communes2023ByCode: 10031,
      communes2023OnlyByName: 372,
      communes2023Unmapped: 195,
    });
    expect(vn.droppedRows.emptyOldCode).toHaveLength(5);
    expect(vn.droppedRows.onlyOldNames.length + vn.droppedRows.onlyOldNamesBadNewCode.length).toBe(938);
    expect(vn.from2023.unmapped).toHaveLength(195);
    expect(vn.from2023.onlyByName).toHaveLength(372);
    // Every mapped old code has exactly one 2025 commune; none is mapped twice.
    const olds = communes.flatMap((c) => c[3]);
    expect(olds).toHaveLength(10034);
    expect(new Set(olds).size).toBe(10034);
  });

  it('takes the official code where the package disagrees, and leaves Xã Ia Mơ without a mapping', () => {
    expect(vn.corrections.map((c) => [c.name, c.packageCode, c.officialCode])).toEqual([
      ['Xã Ba Chẽ', '06970', '06978'],
      ['Xã Ia Mơ', '23737', '23938'],
    ]);
    expect(communeByCode.get('06978')?.[1]).toBe('Xã Ba Chẽ');
    expect(communeByCode.get('06978')?.[3]).toEqual(['06970', '06973', '06982', '06988']);
    expect(communeByCode.has('06970')).toBe(false);
    expect(communeByCode.get('23938')?.[1]).toBe('Xã Ia Mơ');
    expect(communeByCode.get('23938')?.[3]).toEqual([]);
    expect(communeByCode.has('23737')).toBe(false);
    expect(vn.withoutPredecessors).toEqual(['11948', '19742', '20333', '21548', '23938', '26732']);
    expect(vn.from2023.unmapped.find((u) => u[0] === '23938')?.[1]).toBe('Xã Ia Mơ');
  });
});

describe('ben-tre-reorganisations.json: Bến Tre 157 → 148 → 48', () => {
  it('has the two events and their counts, every 2023 commune in exactly one 2025 commune', () => {
    expect(bt.events.map((e) => [e.effective, e.communesBefore, e.communesAfter])).toEqual([
      ['2024-12-01', 157, 148],
      ['2025-07-01', 148, 48],
    ]);
    expect(bt.events[0]?.basis).toContain('1237/NQ-UBTVQH15');
    expect(bt.events[1]?.basis).toContain('1687/NQ-UBTVQH15');
    expect(bt.communes2023).toHaveLength(157);
    expect(bt.units2024).toHaveLength(148);
    expect(bt.communes2025).toHaveLength(48);
    const from2023 = bt.communes2025.flatMap((c) => c[5]).sort();
    expect(from2023).toEqual(bt.communes2023.map((c) => c[0]).sort());
    for (const c of bt.communes2023) expect(bt.communes2025.find((n) => n[0] === c[6])?.[5]).toContain(c[0]);
  });

  it('sums the 2019 population of each 2025 commune from its 2023 units: 1,288,463 in all', () => {
    const pop2023 = new Map(bt.communes2023.map((c) => [c[0], c[4]]));
    for (const c of bt.communes2025)
      expect(c[3]).toBe(c[5].reduce((n, code) => n + (pop2023.get(code) ?? Number.NaN), 0));
    expect(bt.communes2025.reduce((n, c) => n + c[3], 0)).toBe(1288463);
  });

  it('knows code 28810 as three units: Xã An Khánh, Thị trấn Châu Thành, Xã Phú Túc', () => {
    expect(bt.communes2023.find((c) => c[0] === '28810')?.[1]).toBe('Xã An Khánh');
    expect(bt.units2024.find((c) => c[0] === '28810')?.slice(0, 3)).toEqual([
      '28810',
      'Thị trấn Châu Thành',
      'Thị trấn',
    ]);
    expect(bt.communes2025.find((c) => c[0] === '28810')?.[1]).toBe('Xã Phú Túc');
  });

  it('gives Xã Tân Xuân (29119) its successor and marks the two uncertain 2024 steps', () => {
    const tanXuan = bt.communes2023.find((c) => c[0] === '29119');
    expect(tanXuan?.[6]).toBe('29137');
    expect(bt.communes2025.find((c) => c[0] === '29137')?.[1]).toBe('Xã Tân Xuân');
    expect(bt.uncertain2024).toEqual([
      ['29074', ['29077', '29065', '29068']],
      ['29113', ['29116', '29122', '29134']],
    ]);
    for (const code of ['29074', '29113']) expect(bt.communes2023.find((c) => c[0] === code)?.[5]).toBeNull();
  });

  it("shows why the package's rows without a code are not used: 4 of the 7 naming Bến Tre communes are wrong", () => {
    expect(bt.source.packageRowsWithoutCode).toMatchObject({
      agree: ['28765', '28768', '29113'],
      disagree: ['28825', '28849', '28864', '29074'],
    });
  });

  it('agrees with vietnam-2025.json: every 2025 code, name and set of predecessors', () => {
    for (const [code, name, , , from2024] of bt.communes2025) {
      expect(communeByCode.get(code)?.[1]).toBe(name);
      expect([...(communeByCode.get(code)?.[3] ?? [])].sort()).toEqual(from2024);
    }
  });
});

describe('the data scripts', () => {
  const out = mkdtempSync(join(tmpdir(), 'chitieu-data-'));
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it.each([
    ['make-vietnam-2025-data.mjs', 'vietnam-2025.json'],
    ['make-ben-tre-reorganisations.mjs', 'ben-tre-reorganisations.json'],
  ])('%s writes %s again byte for byte', (script, file) => {
    const printed = execFileSync(process.execPath, [join(ROOT, 'scripts', script), '--out', out], { encoding: 'utf8' });
    expect(printed).not.toContain('DISAGREEMENT');
    expect(readFileSync(join(out, file), 'utf8')).toBe(readFileSync(join(DATA, file), 'utf8'));
  });
});

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  benTreReorganisationRows,
  benTreVersions2023,
  type BenTre2023File,
  type BenTreChainFile,
} from './ben-tre-chain';
import { communeOfHamlet, hamletsUnder, hamletsWithoutCommune } from './hamlets';
import { predecessorsOf, predecessorsOn, successorsOf, successorsOn } from './lineage';
import { applyReorganisation } from './reorganisation-apply';
import type { ReorganisationPlan } from './plan-description';
import { planReorganisation } from './reorganisation-plan';
import { ancestorsIn, treeOnDate, unitsAt } from './tree-on-date';
import { unitHistory, versionInForce, type UnitHistory } from './unit-history';
import { validityProblems, type UnitVersion } from './validity';

// Bến Tre's real chain, built the way the server will: the 2023 tree, then both reorganisations
// planned from the tree of the day before and applied. Hamlets are synthetic (2 to 4 per commune).
const DATA = join(__dirname, '..', '..', '..', '..', 'server', 'src', 'seed', 'data');
const read = <T>(file: string): T => JSON.parse(readFileSync(join(DATA, file), 'utf8')) as T;
const chain = read<
  BenTreChainFile & { communes2023: [string, string, string, string, number, string | null, string][] }
>('ben-tre-reorganisations.json');
const csv = readFileSync(join(DATA, 'ben-tre-2023-to-2025.csv'), 'utf8')
  .trim()
  .split('\n')
  .slice(1)
  .map((line) => line.split(','));
const code2025Of = new Map(csv.map((f) => [f[0]!, f[3]!]));

const IN_2023 = '2023-11-14';
const IN_2024 = '2025-01-01';
const IN_2025 = '2025-07-01';

function syntheticHamlets(communes: readonly UnitVersion[]): UnitVersion[] {
  return communes.flatMap((c) =>
    Array.from({ length: 2 + (Number(c.code) % 3) }, (_, i) => ({
      code: `${c.code}-${i + 1}`,
      name: `Ấp ${i + 1}`,
      level: 'HAMLET' as const,
      parentCode: c.code,
      validFrom: null,
      validTo: null,
    })),
  );
}

function applied(
  history: UnitHistory,
  rows: Parameters<typeof planReorganisation>[1],
  dayBefore: string,
): { history: UnitHistory; plan: ReorganisationPlan } {
  const outcome = planReorganisation(treeOnDate(history, dayBefore), rows);
  if (!outcome.ok) throw new Error(outcome.conflicts.map((c) => `${c.line}: ${c.messageEn}`).join('\n'));
  return { history: applyReorganisation(history, outcome.plan), plan: outcome.plan };
}

const units2023 = benTreVersions2023(read<BenTre2023File>('ben-tre-2023.json'));
const hamlets = syntheticHamlets(units2023.filter((u) => u.level === 'COMMUNE'));
const rows = benTreReorganisationRows(chain, (_code, candidates) => candidates[0]!);
const start = unitHistory([...units2023, ...hamlets]);
const december = applied(start, rows.december2024, '2024-11-30');
const july = applied(december.history, rows.july2025, '2025-06-30');
const history = july.history;
const communesOn = (date: string) => unitsAt(treeOnDate(history, date), 'COMMUNE');
const at = (code: string, date: string) => versionInForce(history, code, date)!;

describe("Bến Tre's chain: 157 communes of 2023 → 148 on 01-12-2024 → 48 of Tỉnh Vĩnh Long on 01-07-2025", () => {
  it('counts 157, 148 and 48 communes on the three dates, with no validity overlapping another', () => {
    expect(communesOn(IN_2023)).toHaveLength(157);
    expect(communesOn('2024-11-30')).toHaveLength(157);
    expect(communesOn(IN_2024)).toHaveLength(148);
    expect(communesOn('2025-06-30')).toHaveLength(148);
    expect(communesOn(IN_2025)).toHaveLength(48);
    expect(validityProblems(history.versions)).toEqual([]);
    // The 9 codes of 2023 that disappear, and the 6 absorbing units that keep their code but not their extent.
    const ended = december.plan.versionsToEnd.filter((v) => v.level === 'COMMUNE').map((v) => v.code);
    const gone = ended.filter((code) => versionInForce(history, code, IN_2024) === null).sort();
    expect(gone).toEqual(['28765', '28768', '28801', '28825', '28837', '28849', '28864', '29074', '29113']);
    expect(ended).toHaveLength(9 + 6);
    expect(at('28855', IN_2023).name).toBe('Xã An Hiệp');
    expect(at('28855', IN_2024).name).toBe('Xã Tường Đa');
  });

  it('has a two-level tree on 01-07-2025: every commune directly under Tỉnh Vĩnh Long (86), no district in force', () => {
    const tree = treeOnDate(history, IN_2025);
    expect(unitsAt(tree, 'DISTRICT')).toEqual([]);
    expect(unitsAt(tree, 'PROVINCE').map((p) => [p.code, p.name])).toEqual([['86', 'Tỉnh Vĩnh Long']]);
    expect(communesOn(IN_2025).every((c) => c.parentCode === '86')).toBe(true);
    expect(versionInForce(history, '83', IN_2025)).toBeNull();
    expect(at('83', IN_2024).name).toBe('Tỉnh Bến Tre');
  });

  it('answers three different units for code 28810 on the three dates, with different extents', () => {
    const units = [IN_2023, IN_2024, IN_2025].map((d) => at('28810', d));
    expect(units.map((u) => u.name)).toEqual(['Xã An Khánh', 'Thị trấn Châu Thành', 'Xã Phú Túc']);
    expect(new Set(units.map((u) => u.validFrom)).size).toBe(3);
    const extents = [IN_2023, IN_2024, IN_2025].map((d) => hamletsUnder(treeOnDate(history, d), '28810'));
    expect(extents[0]!.every((h) => h.startsWith('28810-'))).toBe(true);
    expect(extents[1]).toEqual([...extents[0]!, ...hamletsUnder(treeOnDate(history, IN_2023), '28801')].sort());
    expect(extents[2]!.length).toBeGreaterThan(extents[1]!.length);
    expect(ancestorsIn(treeOnDate(history, IN_2023), units[0]!).map((u) => u.code)).toEqual(['83', '831']);
    expect(ancestorsIn(treeOnDate(history, IN_2025), units[2]!).map((u) => u.code)).toEqual(['86']);
  });

  it('follows Xã Tân Xuân (29119 in 2023) to its successor in Tỉnh Vĩnh Long', () => {
    const tanXuan = at('29119', IN_2023);
    expect(tanXuan.name).toBe('Xã Tân Xuân');
    const [successor, ...others] = successorsOn(history, tanXuan, IN_2025);
    expect(others).toEqual([]);
    expect(successor!.code).toBe(code2025Of.get('29119'));
    expect(successor!.parentCode).toBe('86');
    expect(
      successorsOf(history, tanXuan).map((l) => [l.kind, l.date, l.legalBasis.startsWith('Nghị quyết 202/2025/QH15')]),
    ).toEqual([['MERGED_INTO', IN_2025, true]]);
  });

  it('has no district 836 on 01-07-2025, and names the communes that took it over', () => {
    expect(versionInForce(history, '836', IN_2025)).toBeNull();
    const baTri = at('836', IN_2024);
    expect(baTri.name).toBe('Huyện Ba Tri');
    const successors = successorsOf(history, baTri);
    expect(successors.every((l) => l.kind === 'ABOLISHED' && l.date === IN_2025 && l.version.level === 'COMMUNE')).toBe(
      true,
    );
    const expected = new Set(chain.communes2023.filter((c) => c[3] === '836').map((c) => c[6]));
    expect(successors.map((l) => l.version.code).sort()).toEqual([...expected].sort());
    expect(successors.every((l) => l.version.name.length > 0)).toBe(true);
    expect(july.plan.abolished).toHaveLength(9);
  });

  it('gives every 2025 commune the 2023 predecessors of the CSV, and the 2024 ones of the chain file', () => {
    for (const commune of communesOn(IN_2025)) {
      const fromCsv = csv
        .filter((f) => f[3] === commune.code)
        .map((f) => f[0])
        .sort();
      expect(
        predecessorsOn(history, commune, IN_2023).map((v) => v.code),
        commune.name,
      ).toEqual(fromCsv);
      const from2024 = chain.communes2025.find((c) => c[0] === commune.code)![4];
      expect(
        predecessorsOf(history, commune)
          .map((l) => l.version.code)
          .sort(),
      ).toEqual([...from2024].sort());
      expect(commune.name).toBe(csv.find((f) => f[3] === commune.code)![4]);
    }
  });

  it('moves hamlets whole with their communes: each in exactly one commune on every date, the right one', () => {
    const dates = [IN_2023, '2024-11-30', '2024-12-01', IN_2024, '2025-06-30', IN_2025, '2026-12-08'];
    for (const date of dates) {
      const tree = treeOnDate(history, date);
      expect(hamletsWithoutCommune(tree)).toEqual([]);
      expect(unitsAt(tree, 'HAMLET')).toHaveLength(hamlets.length);
      const sum = unitsAt(tree, 'COMMUNE').reduce((n, c) => n + hamletsUnder(tree, c.code).length, 0);
      expect(sum).toBe(hamlets.length);
    }
    const unit2024Of = new Map(chain.communes2023.map((c) => [c[0], c[5]]));
    for (const hamlet of hamlets) {
      const commune2023 = hamlet.parentCode!;
      expect(communeOfHamlet(history, hamlet.code, IN_2023)?.code).toBe(commune2023);
      expect(communeOfHamlet(history, hamlet.code, IN_2025)?.code).toBe(code2025Of.get(commune2023));
      const unit2024 = unit2024Of.get(commune2023);
      if (unit2024 !== null) expect(communeOfHamlet(history, hamlet.code, IN_2024)?.code).toBe(unit2024);
    }
  });

  it('puts the two unconfirmed communes of 2024 in the same 2025 commune whichever candidate took them', () => {
    for (const [code, candidates] of chain.uncertain2024) {
      const ends = new Set(candidates.map((c) => chain.units2024.find((u) => u[0] === c)![5]));
      expect([...ends]).toEqual([code2025Of.get(code)]);
    }
    const other = benTreReorganisationRows(chain, (_code, candidates) => candidates.at(-1)!);
    const alt = applied(applied(start, other.december2024, '2024-11-30').history, other.july2025, '2025-06-30').history;
    for (const hamlet of hamlets) {
      expect(communeOfHamlet(alt, hamlet.code, IN_2025)?.code).toBe(
        communeOfHamlet(history, hamlet.code, IN_2025)?.code,
      );
    }
  });

  it('refuses a candidate that is not one', () => {
    expect(() => benTreReorganisationRows(chain, () => '28756')).toThrow(/not a candidate/);
  });
});

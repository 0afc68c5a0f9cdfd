import type { Level } from '../levels';
import { mappingRow, type ReorganisationRow } from './mapping';
import type { UnitVersion } from './validity';

/** server/src/seed/data/ben-tre-2023.json: Tỉnh Bến Tre as in force in November 2023. */
export interface BenTre2023File {
  province: [code: string, name: string, type: string, population: number];
  districts: {
    unit: [code: string, name: string, type: string, population: number];
    communes: [code: string, name: string, type: string, population: number][];
  }[];
}

type Row2024 = [code: string, name: string, type: string, district: string, members: string[], code2025: string];
type Row2025 = [code: string, name: string, type: string, population: number, from2024: string[], from2023: string[]];

/** server/src/seed/data/ben-tre-reorganisations.json: the chain 157 → 148 → 48 (the parts read here). */
export interface BenTreChainFile {
  events: { effective: string; basis: string; province: [code: string, name: string] }[];
  uncertain2024: [code2023: string, candidates: string[]][];
  units2024: Row2024[];
  communes2025: Row2025[];
}

/**
 * The 2023 tree as versions in force since before the records (the catalogue does not say since
 * when): the province, its 9 districts, its 157 communes. No hamlets: those are the seed's.
 */
export function benTreVersions2023(file: BenTre2023File): UnitVersion[] {
  const version = (code: string, name: string, level: Level, parentCode: string | null): UnitVersion => ({
    code,
    name,
    level,
    parentCode,
    validFrom: null,
    validTo: null,
  });
  const [province, provinceName] = file.province;
  return [
    version(province, provinceName, 'PROVINCE', null),
    ...file.districts.flatMap(({ unit: [district, name], communes }) => [
      version(district, name, 'DISTRICT', province),
      ...communes.map(([code, commune]) => version(code, commune, 'COMMUNE', district)),
    ]),
  ];
}

/** Which candidate took a 2023 commune whose 2024 absorber no source confirms. */
export type ChooseUncertain = (code2023: string, candidates: readonly string[]) => string;

/**
 * The two reorganisations as mapping rows, every row a merge:
 * - 01-12-2024: one row per 2023 commune that went into another unit or whose unit changed,
 *   including the absorbing unit's own row (its extent changed). The two communes whose absorber
 *   is not confirmed (uncertain2024) go to the candidate `choose` names: never guessed here, and
 *   every candidate ends in the same 2025 commune, so the 2025 tree is the same whichever is chosen.
 * - 01-07-2025: every 2024 commune into its 2025 commune under Tỉnh Vĩnh Long (86), Tỉnh Bến Tre
 *   merged into Tỉnh Vĩnh Long, and its 9 districts abolished (no district level from that date).
 */
export function benTreReorganisationRows(
  chain: BenTreChainFile,
  choose: ChooseUncertain,
): { december2024: ReorganisationRow[]; july2025: ReorganisationRow[] } {
  const [step2024, step2025] = chain.events;
  if (step2024 === undefined || step2025 === undefined) throw new RangeError('The chain file needs its two events.');
  const units2024 = new Map(chain.units2024.map((u) => [u[0], u]));
  const december2024: ReorganisationRow[] = [];
  const merge = (oldCode: string, into: Row2024) =>
    december2024.push(
      mappingRow({
        line: december2024.length + 1,
        kind: 'MERGED_INTO',
        oldCode,
        newCode: into[0],
        newName: into[1],
        effectiveDate: step2024.effective,
        legalBasis: step2024.basis,
      }),
    );
  const absorbers = new Set<string>();
  for (const unit of chain.units2024) {
    const [code, , , , members] = unit;
    if (members.length === 1 && members[0] === code) continue;
    for (const member of members) merge(member, unit);
    absorbers.add(code);
  }
  for (const [code, candidates] of chain.uncertain2024) {
    const chosen = choose(code, candidates);
    const into = candidates.includes(chosen) ? units2024.get(chosen) : undefined;
    if (into === undefined)
      throw new RangeError(`${chosen} is not a candidate for ${code} (${candidates.join(', ')}).`);
    if (!absorbers.has(chosen)) merge(chosen, into);
    absorbers.add(chosen);
    merge(code, into);
  }

  const [newProvince, newProvinceName] = step2025.province;
  const names2025 = new Map(chain.communes2025.map((c) => [c[0], c[1]]));
  const july = (row: Omit<Parameters<typeof mappingRow>[0], 'line' | 'effectiveDate' | 'legalBasis'>, i: number) =>
    mappingRow({ ...row, line: i + 1, effectiveDate: step2025.effective, legalBasis: step2025.basis });
  const oldProvince = step2024.province[0];
  const districts = [...new Set(chain.units2024.map((u) => u[3]))].sort();
  const july2025 = [
    { kind: 'MERGED_INTO' as const, oldCode: oldProvince, newCode: newProvince, newName: newProvinceName },
    ...districts.map((code) => ({ kind: 'ABOLISHED' as const, oldCode: code })),
    ...chain.units2024.map(([code, , , , , code2025]) => ({
      kind: 'MERGED_INTO' as const,
      oldCode: code,
      newCode: code2025,
      newName: names2025.get(code2025) ?? null,
      newParentCode: newProvince,
    })),
  ].map(july);
  return { december2024, july2025 };
}

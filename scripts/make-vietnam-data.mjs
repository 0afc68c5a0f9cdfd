#!/usr/bin/env node
// Writes server/src/seed/data/vietnam-2023.json, the national seed's own copy of GSO's list of
// provinces, districts and communes (Danh mục hành chính Việt Nam), from the reference file
// ../shared/data/vietnam-units.json. The output is committed: the seed never needs ../shared.
//   node scripts/make-vietnam-data.mjs [input.json]
// Format: each unit is [code, name, typeIndex] (districts add their communes as a 4th element,
// provinces their districts); `types` names the type of each index. Counts are checked on the way.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const input = process.argv[2] ?? path.resolve(ROOT, '..', 'shared', 'data', 'vietnam-units.json');
const output = path.join(ROOT, 'server', 'src', 'seed', 'data', 'vietnam-2023.json');

const source = JSON.parse(fs.readFileSync(input, 'utf8'));
const types = [];
const typeIndex = (type) => {
  if (!types.includes(type)) types.push(type);
  return types.indexOf(type);
};
const byCode = (a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);

const counts = { provinces: 0, districts: 0, communes: 0 };
const withoutCommunes = [];
const provinces = [...source.provinces].sort(byCode).map((p) => {
  counts.provinces++;
  const districts = [...p.districts].sort(byCode).map((d) => {
    counts.districts++;
    const communes = [...(d.communes ?? [])].sort(byCode).map((c) => {
      counts.communes++;
      return [c.code, c.name, typeIndex(c.type)];
    });
    if (communes.length === 0) withoutCommunes.push(d.code);
    return [d.code, d.name, typeIndex(d.type), communes];
  });
  return [p.code, p.name, typeIndex(p.type), districts];
});

const expected = source.counts;
for (const level of ['provinces', 'districts', 'communes']) {
  if (counts[level] !== expected[level])
    throw new Error(`${level}: ${counts[level]} read, ${expected[level]} expected`);
}
const expectedIslands = expected.districtsWithoutCommunes.map((s) => s.split(' ')[0]).sort();
if (JSON.stringify(withoutCommunes.sort()) !== JSON.stringify(expectedIslands)) {
  throw new Error(
    `districts without communes: ${withoutCommunes.join(', ')} read, ${expectedIslands.join(', ')} expected`,
  );
}

const data = {
  source: {
    publisher: 'Tổng cục Thống kê (General Statistics Office of Vietnam, GSO)',
    catalogue: 'Danh mục hành chính Việt Nam',
    snapshot: source.dataDate,
    validity: source.validity,
    note:
      "Codes, names and types of provinces, districts and communes are GSO's. Populations are not in this list. " +
      "Hamlets (ấp, khu phố) are not in GSO's catalogue: the national seed makes synthetic ones.",
  },
  counts,
  districtsWithoutCommunes: withoutCommunes,
  types,
  provinces,
};
// One province per line: readable diffs when GSO's list changes, a file a third smaller than the source.
const lines = data.provinces.map((p) => JSON.stringify(p));
const head = JSON.stringify({ ...data, provinces: undefined }, null, 1).replace(/\n}$/, '');
fs.writeFileSync(output, `${head},\n "provinces": [\n${lines.join(',\n')}\n ]\n}\n`);
process.stdout.write(
  `${path.relative(ROOT, output)}: ${counts.provinces} provinces, ${counts.districts} districts, ${counts.communes} communes\n`,
);

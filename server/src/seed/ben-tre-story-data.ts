import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The real part of the demo story: Tỉnh Bến Tre's GSO units and their 2019 census population, from
 * data/ben-tre-2023.json (the project's own copy; rows are [code, name, type, population]).
 */
export interface GsoUnit {
  code: string;
  name: string;
  type: string;
  population: number;
}

export interface GsoDistrict extends GsoUnit {
  communes: GsoUnit[];
}

export interface BenTreData {
  source: string;
  note: string;
  province: GsoUnit;
  districts: GsoDistrict[];
}

const FILE_NAME = 'ben-tre-2023.json';

/**
 * The file is read rather than imported: the server is a composite TypeScript project whose
 * `include` lists only .ts sources, so a JSON import would not typecheck. Next to this module
 * when running from src/ (tests, tsx); from dist/seed/ the build does not copy JSON, so fall back
 * to the source tree.
 */
function dataFilePath(): string {
  const candidates = [
    join(__dirname, 'data', FILE_NAME),
    join(__dirname, '..', '..', 'src', 'seed', 'data', FILE_NAME),
  ];
  const found = candidates.find((path) => existsSync(path));
  if (!found) throw new Error(`Bến Tre seed data not found; looked in: ${candidates.join(', ')}`);
  return found;
}

function fail(what: string): never {
  throw new Error(`${FILE_NAME}: ${what}`);
}

function asRecord(value: unknown, what: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) fail(`${what} is not an object`);
  return value as Record<string, unknown>;
}

function asString(value: unknown, what: string): string {
  if (typeof value !== 'string' || value === '') fail(`${what} is not a non-empty string`);
  return value;
}

function parseRow(value: unknown, what: string): GsoUnit {
  if (!Array.isArray(value) || value.length !== 4) fail(`${what} is not a [code, name, type, population] row`);
  const [code, name, type, population] = value as unknown[];
  if (typeof population !== 'number' || !Number.isSafeInteger(population) || population <= 0) {
    fail(`${what} has no positive integer population`);
  }
  return {
    code: asString(code, `${what} code`),
    name: asString(name, `${what} name`),
    type: asString(type, `${what} type`),
    population,
  };
}

function parseDistrict(value: unknown, index: number): GsoDistrict {
  const record = asRecord(value, `district #${index}`);
  const district = parseRow(record['unit'], `district #${index}`);
  const communes = record['communes'];
  if (!Array.isArray(communes) || communes.length === 0) fail(`district ${district.code} has no communes`);
  return { ...district, communes: communes.map((row, i) => parseRow(row, `commune #${i} of ${district.code}`)) };
}

export function parseBenTreData(json: unknown): BenTreData {
  const root = asRecord(json, 'the file');
  const districts = root['districts'];
  if (!Array.isArray(districts)) fail('districts is not a list');
  return {
    source: asString(root['source'], 'source'),
    note: asString(root['note'], 'note'),
    province: parseRow(root['province'], 'province'),
    districts: districts.map(parseDistrict),
  };
}

let cached: BenTreData | undefined;

/** Parsed once per process; callers must treat the result as read-only. */
export function loadBenTreData(): BenTreData {
  cached ??= parseBenTreData(JSON.parse(readFileSync(dataFilePath(), 'utf8')) as unknown);
  return cached;
}

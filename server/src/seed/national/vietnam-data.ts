import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * GSO's list of provinces, districts and communes (Danh mục hành chính Việt Nam, snapshot
 * 10/04/2023, in force through November 2023), from the project's own copy data/vietnam-2023.json.
 * scripts/make-vietnam-data.mjs writes that file from ../shared/data/vietnam-units.json.
 */
export interface GsoEntry {
  code: string;
  name: string;
  type: string;
}
export interface GsoDistrictEntry extends GsoEntry {
  communes: GsoEntry[];
}
export interface GsoProvinceEntry extends GsoEntry {
  districts: GsoDistrictEntry[];
}
export interface VietnamSource {
  publisher: string;
  catalogue: string;
  snapshot: string;
  validity: string;
  note: string;
}
export interface VietnamData {
  source: VietnamSource;
  counts: { provinces: number; districts: number; communes: number };
  /** Island districts with no commune-level units in GSO's list (Bạch Long Vĩ, Cồn Cỏ, Hoàng Sa, Lý Sơn, Côn Đảo). */
  districtsWithoutCommunes: string[];
  provinces: GsoProvinceEntry[];
}

type Row = [string, string, number];
interface FileShape extends Omit<VietnamData, 'provinces'> {
  types: string[];
  provinces: Array<[string, string, number, Array<[string, string, number, Row[]]>]>;
}

const FILE_NAME = 'vietnam-2023.json';

/** Beside this module from src/ (tests); from dist/ the build does not copy JSON, so the source tree. */
function dataFilePath(): string {
  const candidates = [
    join(__dirname, '..', 'data', FILE_NAME),
    join(__dirname, '..', '..', '..', 'src', 'seed', 'data', FILE_NAME),
  ];
  const found = candidates.find((path) => existsSync(path));
  if (!found) throw new Error(`National seed data not found; looked in: ${candidates.join(', ')}`);
  return found;
}

export function loadVietnamData(): VietnamData {
  const file = JSON.parse(readFileSync(dataFilePath(), 'utf8')) as FileShape;
  const entry = ([code, name, type]: Row): GsoEntry => {
    const typeName = file.types[type];
    if (typeName === undefined) throw new Error(`${FILE_NAME}: unit ${code} has an unknown type ${type}`);
    return { code, name, type: typeName };
  };
  return {
    source: file.source,
    counts: file.counts,
    districtsWithoutCommunes: file.districtsWithoutCommunes,
    provinces: file.provinces.map(([code, name, type, districts]) => ({
      ...entry([code, name, type]),
      districts: districts.map(([dCode, dName, dType, communes]) => ({
        ...entry([dCode, dName, dType]),
        communes: communes.map(entry),
      })),
    })),
  };
}

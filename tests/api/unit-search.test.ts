import { foldVietnamese, searchScore, type Level } from '@chitieu/shared';
import { beforeAll, describe, expect, it } from 'vitest';
import { dbRows } from '../support/db';
import { useServer } from '../support/use-server';

// Unit search against the plainest reading of its rule, over every unit of the demo: the units
// whose folded name holds every word of the query (or whose code is the query), scored by the
// shared rule, those scoring above 0 kept, best first and by path among equals.
const { server, admin } = useServer({ logins: ['admin'] });

interface UnitLine {
  code: string;
  name: string;
  level: Level;
  path: string;
  search_name: string;
}
let units: UnitLine[] = [];

beforeAll(async () => {
  units = await dbRows<UnitLine>(server, `SELECT code, name, level, path, search_name FROM unit`);
});

function expected(search: string, within: string, level?: Level): { codes: string[]; totalCount: number } {
  const words = foldVietnamese(search).split(' ').filter(Boolean);
  const ranked = units
    .filter((u) => u.path.startsWith(within) && (!level || u.level === level))
    .filter((u) => words.every((w) => u.search_name.includes(w)) || u.code === search.trim())
    .map((u) => ({ u, score: searchScore(search, u.name, u.code, u.level) }))
    .filter((r) => r.score > 0)
    .sort((a, b) => b.score - a.score || a.u.path.localeCompare(b.u.path));
  return { codes: ranked.map((r) => r.u.code), totalCount: ranked.length };
}

const UNITS = `query ($s: String, $level: Level, $parent: String, $first: Int, $after: String) {
  units(search: $s, level: $level, parent: $parent, first: $first, after: $after) { totalCount nodes { code } pageInfo { endCursor } } }`;

const QUERIES = [
  'ap 1',
  'ap',
  'Ấp 3',
  'thanh phu',
  'THẠNH PHÚ',
  'tan',
  'an thanh',
  'xa an',
  'khu pho 2',
  '1',
  'b',
  'h',
  'thi tran',
  '  ba   tri ',
  'tan phu',
  '83',
  '837',
  '29119',
  'khong co dau ca',
  'ap 1 2',
  'an hoi',
];

describe('unit search', () => {
  it('holds every unit of the demo that the admin sees', async () => {
    const root = units.filter((u) => !units.some((p) => p !== u && u.path.startsWith(p.path)));
    expect(root).toHaveLength(1);
    expect((await admin.data(UNITS, { first: 1 })).units.totalCount).toBe(units.length);
  });

  it.each(QUERIES)('answers "%s" as the rule ranks it, page after page', async (search) => {
    const want = expected(search, '/');
    const whole = (await admin.data(UNITS, { s: search, first: 100 })).units;
    expect(whole.totalCount).toBe(want.totalCount);
    expect(whole.nodes.map((n: { code: string }) => n.code)).toEqual(want.codes.slice(0, 100));
    // Small pages, one cursor after another: the page is cut from the same order.
    let after: string | undefined;
    for (let page = 0; page < 4; page++) {
      const { units: got } = await admin.data(UNITS, { s: search, first: 5, after });
      expect(got.totalCount).toBe(want.totalCount);
      expect(got.nodes.map((n: { code: string }) => n.code)).toEqual(want.codes.slice(page * 5, page * 5 + 5));
      after = got.pageInfo.endCursor ?? undefined;
      if (!after) break;
    }
  });

  it('answers within a parent and a level as the rule ranks them', async () => {
    for (const [search, parent, level] of [
      ['ap', '836', 'HAMLET'],
      ['an', '837', undefined],
      ['1', '83', 'COMMUNE'],
      ['ap 1', '29119', 'HAMLET'],
    ] as const) {
      const want = expected(search, units.find((u) => u.code === parent)!.path, level);
      const got = (await admin.data(UNITS, { s: search, parent, level, first: 7, after: undefined })).units;
      expect(got.totalCount).toBe(want.totalCount);
      expect(got.nodes.map((n: { code: string }) => n.code)).toEqual(want.codes.slice(0, 7));
    }
  });

  it('finds something for most of the queries, so the comparison says something', () => {
    const found = QUERIES.filter((q) => expected(q, '/').totalCount > 0);
    expect(found).toEqual(QUERIES.filter((q) => q !== 'khong co dau ca'));
    expect(expected('ap', '/').totalCount).toBeGreaterThan(100);
  });
});

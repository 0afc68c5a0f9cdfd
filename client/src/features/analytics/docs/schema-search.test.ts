import { buildSchema } from 'graphql';
import { describe, expect, it } from 'vitest';
import { searchSchema } from './schema-search';

const schema = buildSchema(`
  type Query { unit(code: String!): Unit, units: [Unit!]! }
  """Đơn vị hành chính."""
  type Unit { code: String!, "Tỷ lệ kích hoạt" activatedRate: Float }
  enum Level { PROVINCE DISTRICT }
`);

describe('searchSchema', () => {
  it('finds names first, then descriptions without diacritics', () => {
    expect(searchSchema(schema, 'unit').map((h) => h.label)).toEqual(['Query.unit', 'Query.units', 'Unit']);
    expect(searchSchema(schema, 'kich hoat').map((h) => h.label)).toEqual(['Unit.activatedRate']);
    expect(searchSchema(schema, 'district')[0]?.ref).toEqual({ type: 'Level', field: 'DISTRICT' });
    expect(searchSchema(schema, '  ')).toEqual([]);
  });
});

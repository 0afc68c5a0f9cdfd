import { describe, expect, it } from 'vitest';
import { SchemaIndex } from './schema-index';

const sdl = `"""A unit."""
type Unit {
  code: String!
  progress(campaign: String!, asOf: Date): Progress
}

enum Level {
  PROVINCE
  DISTRICT
}

scalar Date
`;

describe('SchemaIndex', () => {
  const index = new SchemaIndex(sdl);

  it('finds where types, fields, arguments and enum values are named', () => {
    const span = index.find({ type: 'Unit', field: 'progress', arg: 'asOf' })!;
    expect(sdl.slice(span.start, span.end)).toBe('asOf');
    expect(sdl.slice(index.find({ type: 'Level', field: 'DISTRICT' })!.start).startsWith('DISTRICT')).toBe(true);
    expect(index.find({ type: 'Date' })).toBeDefined();
    expect(index.find({ type: 'Unit', field: 'nothing' })).toBeUndefined();
  });

  it('says what is named at an offset', () => {
    expect(index.at(sdl.indexOf('code'))).toEqual({ type: 'Unit', field: 'code' });
    expect(index.at(sdl.indexOf('PROVINCE') + 2)).toEqual({ type: 'Level', field: 'PROVINCE' });
    expect(index.at(0)).toBeUndefined();
  });
});

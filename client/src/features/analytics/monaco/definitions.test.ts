import { buildSchema } from 'graphql';
import { describe, expect, it } from 'vitest';
import { definitionAt } from './definitions';

const schema = buildSchema(`
  type Query { unit(code: String!): Unit, units(level: Level, first: Int): [Unit!]! }
  type Unit { code: String!, name: String!, parent: Unit }
  enum Level { PROVINCE DISTRICT }
`);

/** Line and column (1-based) of the first `needle` in `text`, plus `shift` characters. */
function at(text: string, needle: string, shift = 1): [number, number] {
  const offset = text.indexOf(needle) + shift;
  const before = text.slice(0, offset).split('\n');
  return [before.length, (before[before.length - 1]?.length ?? 0) + 1];
}

describe('definitionAt', () => {
  const text =
    'query Q($c: String!) {\n  unit(code: $c) { name ...F }\n  units(level: DISTRICT) { code }\n}\nfragment F on Unit { parent { code } }\n';

  it('goes from a field, an argument and an enum value to the schema', () => {
    expect(definitionAt(schema, text, ...at(text, 'unit('))).toEqual({ schema: { type: 'Query', field: 'unit' } });
    expect(definitionAt(schema, text, ...at(text, 'name'))).toEqual({ schema: { type: 'Unit', field: 'name' } });
    expect(definitionAt(schema, text, ...at(text, 'level:'))).toEqual({
      schema: { type: 'Query', field: 'units', arg: 'level' },
    });
    expect(definitionAt(schema, text, ...at(text, 'DISTRICT'))).toEqual({
      schema: { type: 'Level', field: 'DISTRICT' },
    });
    expect(definitionAt(schema, text, ...at(text, 'on Unit', 4))).toEqual({ schema: { type: 'Unit' } });
  });

  it('goes from a fragment spread and a variable to their definitions in the text', () => {
    const fragment = definitionAt(schema, text, ...at(text, '...F', 3));
    expect(fragment).toEqual({ offset: text.indexOf('fragment F') + 9, length: 1 });
    const variable = definitionAt(schema, text, ...at(text, '$c)', 1));
    expect(variable).toEqual({ offset: text.indexOf('$c'), length: 2 });
  });
});

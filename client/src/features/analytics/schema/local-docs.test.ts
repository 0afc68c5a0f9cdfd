import { buildSchema, type GraphQLObjectType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { localizeSdl, vietnameseFirst } from './local-docs';

describe('the editor’s completion and hover docs, Vietnamese first', () => {
  it('puts the parenthesised Vietnamese term first and keeps the rest in English', () => {
    expect(vietnameseFirst('Collected so far (thu nhận, cumulative), 0 or more.', 'vi')).toBe(
      'thu nhận — Collected so far (cumulative), 0 or more.',
    );
    expect(vietnameseFirst('Collected so far (thu nhận).', 'vi')).toBe('thu nhận — Collected so far.');
    expect(vietnameseFirst('Collection rate (tỷ lệ thu nhận): collected ÷ target.', 'vi')).toBe(
      'tỷ lệ thu nhận — Collection rate: collected ÷ target.',
    );
    expect(vietnameseFirst('Directive number (số, ký hiệu).', 'vi')).toBe('số, ký hiệu — Directive number.');
  });

  it('leaves English asides and descriptions without a term as they are, and English as is', () => {
    expect(vietnameseFirst('Issuer code (unit or agency); optional.', 'vi')).toBe(
      'Issuer code (unit or agency); optional.',
    );
    expect(vietnameseFirst('Collected so far (thu nhận, cumulative).', 'en')).toBe(
      'Collected so far (thu nhận, cumulative).',
    );
    expect(vietnameseFirst('Line one (trạng thái).\n\nLine two.', 'vi')).toBe('trạng thái — Line one.\n\nLine two.');
  });

  it('rewrites the descriptions of a schema text and nothing else', () => {
    const sdl =
      '"""A unit (đơn vị)."""\ntype Unit {\n  """Collected so far (thu nhận, cumulative)."""\n  collected(\n    """How many (default 20)."""\n    first: Int\n  ): Int\n}\n';
    const schema = buildSchema(localizeSdl(sdl, 'vi'));
    const unit = schema.getType('Unit') as GraphQLObjectType;
    expect(unit.description).toBe('đơn vị — A unit.');
    expect(unit.getFields().collected!.description).toBe('thu nhận — Collected so far (cumulative).');
    expect(unit.getFields().collected!.args[0]!.description).toBe('How many (default 20).');
    expect(localizeSdl(sdl, 'en')).toBe(sdl);
  });
});

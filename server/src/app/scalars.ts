import { GraphQLScalarType, Kind } from 'graphql';
import { isIsoDate } from '@chitieu/shared';
import { appError } from './errors';

function parse(value: unknown): string {
  if (typeof value !== 'string' || !isIsoDate(value)) {
    throw appError('BAD_USER_INPUT', `Ngày phải có dạng YYYY-MM-DD (ví dụ 2023-11-14), nhận được ${JSON.stringify(value)}.`, `A date must be YYYY-MM-DD (e.g. 2023-11-14), got ${JSON.stringify(value)}.`);
  }
  return value;
}

/** A calendar date in the Asia/Ho_Chi_Minh calendar, written YYYY-MM-DD. */
export const DateScalar = new GraphQLScalarType<string, string>({
  name: 'Date',
  description: 'A calendar date (ngày) in the Asia/Ho_Chi_Minh calendar, written YYYY-MM-DD, e.g. "2023-11-14".',
  serialize: (value) => value as string,
  parseValue: parse,
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING) {
      throw appError('BAD_USER_INPUT', 'Ngày phải là chuỗi YYYY-MM-DD.', 'A date must be a string YYYY-MM-DD.');
    }
    return parse(ast.value);
  },
});

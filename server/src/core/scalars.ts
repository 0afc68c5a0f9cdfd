import { GraphQLScalarType, Kind } from 'graphql';
import { isIsoDate } from '@chitieu/shared';
import { appError, echo, ECHO_MAX } from './errors';

function parse(value: unknown): string {
  if (typeof value !== 'string' || !isIsoDate(value)) {
    const got = typeof value === 'string' ? echo(value) : String(JSON.stringify(value)).slice(0, ECHO_MAX);
    throw appError(
      'BAD_USER_INPUT',
      `Ngày phải có dạng YYYY-MM-DD (ví dụ 2023-11-14), nhận được ${got}.`,
      `A date must be YYYY-MM-DD (e.g. 2023-11-14), got ${got}.`,
    );
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

import { GraphQLError, type ASTNode } from 'graphql';
import { formatCount } from '@chitieu/shared';

export type LimitName =
  'DEPTH' | 'INTROSPECTION_DEPTH' | 'ALIASES' | 'DIRECTIVES' | 'TOKENS' | 'COST' | 'ONCE_PER_REQUEST';

export interface LimitErrorOptions {
  nodes?: readonly ASTNode[];
  /** The field a per-field limit is about (ONCE_PER_REQUEST). */
  subject?: string;
  /** Counting stopped at `actual` (a bomb): the request's real figure is higher. */
  atLeast?: boolean;
}

/** The sentence naming the limit and how far the request went past it, in both languages. */
export function limitMessage(
  limit: LimitName,
  actual: number,
  max: number,
  options: LimitErrorOptions = {},
): { vi: string; en: string } {
  const n = {
    vi: `${options.atLeast ? 'hơn ' : ''}${formatCount(actual, 'vi')}`,
    en: `${options.atLeast ? 'more than ' : ''}${formatCount(actual, 'en')}`,
  };
  const m = { vi: formatCount(max, 'vi'), en: formatCount(max, 'en') };
  const subject = options.subject ?? '';
  switch (limit) {
    case 'DEPTH':
      return {
        vi: `Độ sâu truy vấn ${n.vi} vượt giới hạn ${m.vi}.`,
        en: `Query depth ${n.en} exceeds the limit of ${m.en}.`,
      };
    case 'INTROSPECTION_DEPTH':
      return {
        vi: `Độ sâu truy vấn lược đồ (introspection) ${n.vi} vượt giới hạn ${m.vi}.`,
        en: `Introspection depth ${n.en} exceeds the limit of ${m.en}.`,
      };
    case 'ALIASES':
      return {
        vi: `Truy vấn dùng ${n.vi} bí danh (alias), vượt giới hạn ${m.vi}.`,
        en: `The query uses ${n.en} aliases, over the limit of ${m.en}.`,
      };
    case 'DIRECTIVES':
      return {
        vi: `Truy vấn dùng ${n.vi} chỉ thị GraphQL (@include, @skip…), vượt giới hạn ${m.vi}.`,
        en: `The query uses ${n.en} GraphQL directives, over the limit of ${m.en}.`,
      };
    case 'TOKENS':
      return {
        vi: `Truy vấn có ${n.vi} token, vượt giới hạn ${m.vi}.`,
        en: `The query has ${n.en} tokens, over the limit of ${m.en}.`,
      };
    case 'COST':
      return {
        vi: `Chi phí ước tính của truy vấn ${n.vi} vượt giới hạn ${m.vi} (mỗi trường tính 1, nhân với "first" hoặc cỡ tối đa của danh sách chứa nó). Hãy lấy trang nhỏ hơn hoặc bớt trường.`,
        en: `Estimated query cost ${n.en} exceeds the limit of ${m.en} (each field counts 1, times the "first" or the bound of each list around it). Ask for smaller pages or fewer fields.`,
      };
    case 'ONCE_PER_REQUEST':
      return {
        vi: `Mỗi yêu cầu chỉ được gọi "${subject}" một lần; yêu cầu này gọi ${n.vi} lần.`,
        en: `"${subject}" may appear once per request; this one has it ${n.en} times.`,
      };
  }
}

/**
 * A request over a limit: HTTP 400, the code Apollo gives validation failures, and in extensions
 * which limit, the limit and the request's own figure, so a client can show "14 / 10".
 */
export function limitError(
  limit: LimitName,
  actual: number,
  max: number,
  options: LimitErrorOptions = {},
): GraphQLError {
  const message = limitMessage(limit, actual, max, options);
  return new GraphQLError(`${message.vi} / ${message.en}`, {
    nodes: options.nodes,
    extensions: {
      code: 'GRAPHQL_VALIDATION_FAILED',
      limit,
      max,
      actual,
      ...(options.atLeast ? { atLeast: true } : {}),
      messageVi: message.vi,
      messageEn: message.en,
      http: { status: 400 },
    },
  });
}

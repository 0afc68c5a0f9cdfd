import { appError } from './errors';

/** The largest page any connection returns. */
export const MAX_PAGE_SIZE = 100;

export interface Page {
  first: number;
  offset: number;
}

/** Checks `first` and decodes `after` (an opaque cursor holding an offset). */
export function pageOf(first: number | null | undefined, after: string | null | undefined, defaultSize = 20): Page {
  const size = first ?? defaultSize;
  if (!Number.isInteger(size) || size < 1 || size > MAX_PAGE_SIZE) {
    throw appError(
      'BAD_USER_INPUT',
      `"first" phải từ 1 đến ${MAX_PAGE_SIZE}.`,
      `"first" must be from 1 to ${MAX_PAGE_SIZE}.`,
    );
  }
  if (!after) return { first: size, offset: 0 };
  const decoded = /^o:(\d{1,9})$/.exec(Buffer.from(after, 'base64url').toString('utf8'));
  if (!decoded) throw appError('BAD_USER_INPUT', 'Con trỏ "after" không hợp lệ.', 'The "after" cursor is not valid.');
  return { first: size, offset: Number(decoded[1]) };
}

export function connection<T>(nodes: T[], totalCount: number, page: Page) {
  const end = page.offset + nodes.length;
  return {
    nodes,
    totalCount,
    pageInfo: {
      hasNextPage: end < totalCount,
      endCursor: nodes.length > 0 ? Buffer.from(`o:${end}`).toString('base64url') : null,
    },
  };
}

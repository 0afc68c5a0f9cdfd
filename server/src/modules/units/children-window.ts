import { appError } from '../../core/errors';

/** The most children one window of a level returns. */
export const MAX_CHILDREN_WINDOW = 500;

/** Checks Unit.children's window: `first` from 1 to 500, `offset` from 0 (the default). */
export function childrenWindow(
  first: number | null | undefined,
  offset: number | null | undefined,
): { first: number; offset: number } {
  if (first == null || !Number.isInteger(first) || first < 1 || first > MAX_CHILDREN_WINDOW) {
    throw appError(
      'BAD_USER_INPUT',
      `"first" của children phải từ 1 đến ${MAX_CHILDREN_WINDOW}.`,
      `"first" of children must be from 1 to ${MAX_CHILDREN_WINDOW}.`,
    );
  }
  const start = offset ?? 0;
  if (!Number.isInteger(start) || start < 0) {
    throw appError(
      'BAD_USER_INPUT',
      '"offset" của children phải từ 0 trở lên.',
      '"offset" of children must be 0 or more.',
    );
  }
  return { first, offset: start };
}

/**
 * Text nobody types: control characters (NUL and the rest of C0, tab and line breaks aside) and
 * half of a UTF-16 surrogate pair. SQLite would store the first as is and turn the second into
 * "�", so a name or a reason would not come back as it was sent; every text input refuses both.
 */
export type TextFault = 'control' | 'broken-unicode';

const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F]/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** What each fault is, in both languages, for the messages of every entry point (GraphQL, CSV import). */
export const TEXT_FAULT_NAMES: Readonly<Record<TextFault, { vi: string; en: string }>> = {
  control: { vi: 'ký tự điều khiển (như NUL)', en: 'a control character (such as NUL)' },
  'broken-unicode': { vi: 'ký tự Unicode hỏng (nửa cặp surrogate)', en: 'broken Unicode (half a surrogate pair)' },
};

export function textFault(value: string): TextFault | null {
  if (CONTROL.test(value)) return 'control';
  if (LONE_SURROGATE.test(value)) return 'broken-unicode';
  return null;
}

/**
 * How deep the variables of a request may nest (objects and lists). The deepest input of the
 * schema is a handful of levels; a value nested thousands deep is an attack on whoever walks it.
 */
export const MAX_VALUE_NESTING = 32;

/** What is wrong inside a value: a text fault, or nesting deeper than MAX_VALUE_NESTING. */
export type ValueFault = TextFault | 'too-deep';

/**
 * The first string inside a value (variables of a request) with a fault, and where it is:
 * "input.tasks[0].title"; or the first place nested deeper than MAX_VALUE_NESTING. Walks with its
 * own stack, depth-first in order, so no value can overflow the call stack.
 */
export function findTextFault(value: unknown, path = ''): { path: string; fault: ValueFault } | null {
  const stack: Array<{ value: unknown; path: string; depth: number }> = [{ value, path, depth: 0 }];
  for (let item = stack.pop(); item; item = stack.pop()) {
    const { value: inner, path: at, depth } = item;
    if (typeof inner === 'string') {
      const fault = textFault(inner);
      if (fault) return { path: at, fault };
      continue;
    }
    if (inner === null || typeof inner !== 'object') continue;
    if (depth >= MAX_VALUE_NESTING) return { path: at, fault: 'too-deep' };
    const entries: Array<[string, unknown]> = Array.isArray(inner)
      ? inner.map((v, i) => [`${at}[${i}]`, v])
      : Object.entries(inner).map(([key, v]) => [at ? `${at}.${key}` : key, v]);
    for (let i = entries.length - 1; i >= 0; i--)
      stack.push({ value: entries[i]![1], path: entries[i]![0], depth: depth + 1 });
  }
  return null;
}

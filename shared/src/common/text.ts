/**
 * Text nobody types: control characters (NUL and the rest of C0, tab and line breaks aside) and
 * half of a UTF-16 surrogate pair. SQLite would store the first as is and turn the second into
 * "�", so a name or a reason would not come back as it was sent; every text input refuses both.
 */
export type TextFault = 'control' | 'broken-unicode';

const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F]/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export function textFault(value: string): TextFault | null {
  if (CONTROL.test(value)) return 'control';
  if (LONE_SURROGATE.test(value)) return 'broken-unicode';
  return null;
}

/** The first string inside a value (variables of a request) with a fault, and where it is: "input.tasks[0].title". */
export function findTextFault(value: unknown, path = ''): { path: string; fault: TextFault } | null {
  if (typeof value === 'string') {
    const fault = textFault(value);
    return fault ? { path, fault } : null;
  }
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = findTextFault(value[i], `${path}[${i}]`);
      if (found) return found;
    }
    return null;
  }
  if (value !== null && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) {
      const found = findTextFault(inner, path ? `${path}.${key}` : key);
      if (found) return found;
    }
  }
  return null;
}

/** The variables pane as the server gets it: an object, or why the text is not one. */
export type JsoncResult = { ok: true; value: Record<string, unknown> } | { ok: false; message: string };

/**
 * Removes // and /* *\/ comments and trailing commas outside strings, as VS Code's JSON with
 * comments allows, keeping every line break (so JSON.parse's positions still point at the text).
 */
export function stripJsonc(text: string): string {
  let out = '';
  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    if (c === '"') {
      let j = i + 1;
      while (j < text.length && text[j] !== '"') j += text[j] === '\\' ? 2 : 1;
      out += text.slice(i, j + 1);
      i = j + 1;
    } else if (c === '/' && text[i + 1] === '/') {
      while (i < text.length && text[i] !== '\n') i++;
    } else if (c === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      const comment = text.slice(i, end < 0 ? text.length : end + 2);
      out += comment.replace(/[^\n]/g, ' ');
      i += comment.length;
    } else if (c === ',' && /^\s*[}\]]/.test(text.slice(i + 1))) {
      out += ' ';
      i++;
    } else {
      out += c;
      i++;
    }
  }
  return out;
}

/** Parses the variables pane: empty means no variables; anything but an object is refused. */
export function parseVariables(text: string): JsoncResult {
  const plain = stripJsonc(text).trim();
  if (plain === '') return { ok: true, value: {} };
  try {
    const value = JSON.parse(plain) as unknown;
    if (typeof value !== 'object' || value === null || Array.isArray(value))
      return { ok: false, message: 'not-object' };
    return { ok: true, value: value as Record<string, unknown> };
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
}

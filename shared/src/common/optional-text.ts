/**
 * An optional free text (a summary, a task's wording, a description, a reason) that is blank —
 * empty or only spaces and line breaks — means none: the console shows nothing, search and exports
 * carry no spaces. Any other text is kept exactly as it was sent, spaces and all. "None" is null,
 * or '' where the column holds '' for none (a directive's summary, a campaign's description).
 */
export function optionalText<N extends string | null = null>(
  value: string | null | undefined,
  none: N = null as N,
): string | N {
  if (value === null || value === undefined || value.trim() === '') return none;
  return value;
}

/**
 * The same for a change: a field not given (undefined or null) stays as it is (undefined); given
 * blank it is cleared (none); otherwise it becomes the text as sent.
 */
export function optionalTextChange<N extends string | null = null>(
  value: string | null | undefined,
  none: N = null as N,
): string | N | undefined {
  return value === null || value === undefined ? undefined : optionalText(value, none);
}

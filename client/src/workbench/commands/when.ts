/**
 * `when` clauses, as in VS Code but smaller: key, !key, key == value, key != value, joined with
 * && (binds tighter) and ||. Parentheses are not supported; a clause that needs them is too clever.
 */
export type ContextValues = Readonly<Record<string, unknown>>;

export function evaluateWhen(when: string | undefined, context: ContextValues): boolean {
  if (when === undefined || when.trim() === '') return true;
  return when
    .split('||')
    .some((alternative) => alternative.split('&&').every((term) => evaluateTerm(term.trim(), context)));
}

function evaluateTerm(term: string, context: ContextValues): boolean {
  if (term === '') throw new SyntaxError('Empty term in a when clause');
  const comparison = /^([\w.]+)\s*(==|!=)\s*'?([^']*)'?$/.exec(term);
  if (comparison) {
    const [, key = '', operator, expected] = comparison;
    const equal = String(context[key] ?? '') === expected;
    return operator === '==' ? equal : !equal;
  }
  if (term.startsWith('!')) return !truthy(context[term.slice(1).trim()]);
  if (!/^[\w.]+$/.test(term)) throw new SyntaxError(`Cannot read the when term "${term}"`);
  return truthy(context[term]);
}

function truthy(value: unknown): boolean {
  return value !== undefined && value !== null && value !== false && value !== '' && value !== 0;
}

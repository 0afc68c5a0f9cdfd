import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

// The server's layers are one-way: no circle among VALUE imports (`import type` is erased and
// ignored here). A circle is named file by file, so it can be cut where it is.
const SRC = dirname(fileURLToPath(import.meta.url));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [path] : [];
  });
}

/** The relative modules a file imports for their values (not `import type`, not `{ type X }` alone). */
export function valueImports(file: string, text: string): string[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest);
  const found: string[] = [];
  for (const statement of source.statements) {
    let specifier: ts.Expression | undefined;
    if (ts.isImportDeclaration(statement)) {
      const clause = statement.importClause;
      const typeOnly =
        clause !== undefined &&
        (clause.isTypeOnly ||
          (!clause.name &&
            clause.namedBindings !== undefined &&
            ts.isNamedImports(clause.namedBindings) &&
            clause.namedBindings.elements.length > 0 &&
            clause.namedBindings.elements.every((e) => e.isTypeOnly)));
      if (!typeOnly) specifier = statement.moduleSpecifier;
    } else if (ts.isExportDeclaration(statement) && !statement.isTypeOnly) {
      specifier = statement.moduleSpecifier;
    }
    if (specifier && ts.isStringLiteral(specifier) && specifier.text.startsWith('.'))
      found.push(resolve(dirname(file), specifier.text));
  }
  return found;
}

/** Every circle of value imports among the files (each once, as a list of paths from server/src). */
export function cycles(graph: Map<string, string[]>): string[][] {
  const found: string[][] = [];
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (node: string): void => {
    state.set(node, 'open');
    stack.push(node);
    for (const next of graph.get(node) ?? []) {
      if (state.get(next) === 'open') found.push(stack.slice(stack.indexOf(next)).concat(next));
      else if (!state.has(next)) visit(next);
    }
    stack.pop();
    state.set(node, 'done');
  };
  for (const node of graph.keys()) if (!state.has(node)) visit(node);
  return found;
}

describe('server import graph', () => {
  it('has no circle of value imports', () => {
    const files = sourceFiles(SRC);
    const known = new Set(files);
    const graph = new Map(
      files.map((file) => [
        file,
        valueImports(file, readFileSync(file, 'utf8'))
          .map((m) => (known.has(`${m}.ts`) ? `${m}.ts` : join(m, 'index.ts')))
          .filter((m) => known.has(m)),
      ]),
    );
    const named = cycles(graph).map((circle) => circle.map((file) => relative(SRC, file)).join(' → '));
    expect(named).toEqual([]);
  });

  it('names a circle it is shown', () => {
    const graph = new Map([
      ['a', ['b']],
      ['b', ['c']],
      ['c', ['a']],
      ['d', ['a']],
    ]);
    expect(cycles(graph)).toEqual([['a', 'b', 'c', 'a']]);
  });

  it('ignores type-only imports', () => {
    const text =
      "import type { A } from './a';\nimport { type B } from './b';\nimport { c, type C } from './c';\nexport { d } from './d';";
    expect(valueImports('/x/f.ts', text)).toEqual(['/x/c', '/x/d']);
  });
});

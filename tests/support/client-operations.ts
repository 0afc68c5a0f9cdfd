import fs from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from './paths';

/** The graphql(`…`) texts of client/src, by file (generated code under gql/ aside). */
function clientDocuments(): Array<{ file: string; text: string }> {
  const out: Array<{ file: string; text: string }> = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== 'gql' && entry.name !== 'node_modules') walk(full);
      } else if (/\.tsx?$/.test(entry.name) && !entry.name.endsWith('.test.ts')) {
        const source = fs.readFileSync(full, 'utf8');
        for (const match of source.matchAll(/graphql\(\s*`([\s\S]*?)`\s*\)/g))
          out.push({ file: path.relative(REPO_ROOT, full), text: match[1]! });
      }
    }
  };
  walk(path.join(REPO_ROOT, 'client', 'src'));
  return out;
}

/**
 * Every operation the console sends, each with the fragments it spreads appended (as the
 * codegen client preset does: fragments live in their own graphql() calls).
 */
export function clientOperations(): Array<{ file: string; text: string }> {
  const documents = clientDocuments();
  const fragments = new Map<string, string>();
  for (const { text } of documents) {
    for (const match of text.matchAll(/fragment\s+(\w+)\s+on\s+\w+\s*\{/g)) fragments.set(match[1]!, text);
  }
  return documents
    .filter(({ text }) => /^\s*(query|mutation|subscription|\{)/.test(text))
    .map(({ file, text }) => {
      const included = new Set<string>();
      const queue = [text];
      while (queue.length > 0) {
        for (const spread of queue.pop()!.matchAll(/\.\.\.\s*(\w+)/g)) {
          const definition = fragments.get(spread[1]!);
          if (spread[1] === 'on' || !definition || included.has(definition)) continue;
          included.add(definition);
          queue.push(definition);
        }
      }
      return { file, text: [text, ...[...included].filter((d) => d !== text)].join('\n') };
    });
}

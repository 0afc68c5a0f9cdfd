import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../support/paths';

// The README and the pages of docs/ name files of the repository: in links, and in backticks
// (`server/src/db/write-gate.ts`). A file moved or renamed must not leave a page pointing at nothing.

/** The folders of the repository a backticked path may start with. */
const TOP = ['shared', 'server', 'client', 'tests', 'scripts', 'docs', '.ci'];
const REPO_PATH = new RegExp(`^(?:${TOP.map((t) => t.replace('.', '\\.')).join('|')})/[\\w./-]*$`);

/** What a run makes, ignored by git: a page may name it though a clone does not have it yet. */
const MADE_BY_A_RUN = ['tests/output/', 'tests/bench/.cache/'];

export function pages(): string[] {
  const docs = fs
    .readdirSync(path.join(REPO_ROOT, 'docs'))
    .filter((name) => name.endsWith('.md'))
    .map((name) => `docs/${name}`);
  return ['README.md', ...docs.sort()];
}

/** The text outside fenced code blocks (examples of queries and commands, not references). */
export function prose(markdown: string): string {
  return markdown
    .split(/^```.*$/m)
    .filter((_, i) => i % 2 === 0)
    .join('\n');
}

/** Link targets, images included, that are not web addresses: `[text](target)`. */
export function relativeLinks(markdown: string): string[] {
  return [...prose(markdown).matchAll(/!?\[[^\]]*\]\(([^)\s]+)\)/g)]
    .map((m) => m[1]!)
    .filter((target) => !/^[a-z]+:/i.test(target));
}

/** Every word of an inline code span that reads as a path from the repository's root. */
export function backtickedPaths(markdown: string): string[] {
  return [...prose(markdown).matchAll(/`([^`\n]+)`/g)]
    .flatMap((m) => m[1]!.split(/\s+/))
    .map((word) => word.replace(/[,;:)]+$/, ''))
    .filter((word) => REPO_PATH.test(word));
}

/** GitHub's anchor of a heading: lower case, punctuation dropped, spaces as hyphens. */
export function anchorOf(heading: string): string {
  return heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-');
}

function anchors(file: string): Set<string> {
  const text = prose(fs.readFileSync(file, 'utf8'));
  return new Set([...text.matchAll(/^#{1,6}\s+(.+)$/gm)].map((m) => anchorOf(m[1]!)));
}

/** What is wrong with one link of a page: a missing file, or a heading the target does not have. */
function linkProblem(page: string, target: string): string | null {
  const [file = '', anchor] = target.split('#');
  const resolved =
    file === '' ? path.join(REPO_ROOT, page) : path.resolve(path.dirname(path.join(REPO_ROOT, page)), file);
  if (!fs.existsSync(resolved)) return `${page}: link to ${target}, no such file`;
  if (anchor !== undefined && resolved.endsWith('.md') && !anchors(resolved).has(anchor))
    return `${page}: link to ${target}, no such heading`;
  return null;
}

describe('the README and docs/', () => {
  it('link only to files and headings that exist', () => {
    const problems = pages().flatMap((page) =>
      relativeLinks(fs.readFileSync(path.join(REPO_ROOT, page), 'utf8')).map((target) => linkProblem(page, target)),
    );
    expect(problems.filter((p) => p !== null)).toEqual([]);
  });

  it('name in backticks only paths that exist', () => {
    const missing = pages().flatMap((page) =>
      backtickedPaths(fs.readFileSync(path.join(REPO_ROOT, page), 'utf8'))
        .filter((p) => !MADE_BY_A_RUN.some((made) => p.startsWith(made)) && !fs.existsSync(path.join(REPO_ROOT, p)))
        .map((p) => `${page}: ${p}`),
    );
    expect(missing).toEqual([]);
  });

  it('reads links and paths as a page writes them', () => {
    const text =
      'See [Tests](testing.md#tests), ![x](images/a.png), [web](https://x.org).\n`server/src/db/sql.ts`, `node scripts/a.mjs --x`, `src/app/`, `a/b`\n```sh\n`tests/fenced.ts`\n```\n';
    expect(relativeLinks(text)).toEqual(['testing.md#tests', 'images/a.png']);
    expect(backtickedPaths(text)).toEqual(['server/src/db/sql.ts', 'scripts/a.mjs']);
    expect(anchorOf('PostgreSQL and several instances')).toBe('postgresql-and-several-instances');
    expect(anchorOf('Targets, campaigns, users and audit')).toBe('targets-campaigns-users-and-audit');
  });
});

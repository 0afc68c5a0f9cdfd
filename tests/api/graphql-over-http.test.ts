import fs from 'node:fs';
import path from 'node:path';
import { serverAudits, type AuditResult } from 'graphql-http';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../support/paths';
import { useServer } from '../support/use-server';

/**
 * The audits of the GraphQL-over-HTTP spec that chitieu fails on purpose, each with why (also in
 * docs/security.md, "GraphQL over HTTP"). Apollo answers 400 to a document that does not parse or
 * validate, or whose variables do not coerce, whatever the Accept header; the spec asks 200 there
 * only of `application/json` answers, for legacy clients that drop the body of any other status.
 */
const KNOWN_WARNINGS: Readonly<Record<string, string>> = {
  '572B': 'parse errors answer 400 (Apollo), as the query limits do; clients read the body of a 400',
  FDE2: 'validation errors answer 400 (Apollo), as the query limits do; clients read the body of a 400',
  '7B9B': 'variables that do not coerce answer 400 (Apollo), as every other refused request does',
};

const { server, official } = useServer({ logins: ['official'] });

/**
 * Every audit request as the console would send it: with the session cookie, and with the header
 * that Apollo's CSRF prevention asks of a request without a JSON content type (a GET).
 */
function fetchFn(input: RequestInfo | URL, init: RequestInit = {}): Promise<Response> {
  const headers = new Headers(init.headers);
  headers.set('cookie', official.sessionCookie!);
  headers.set('apollo-require-preflight', 'true');
  return fetch(input, { ...init, headers });
}

const audits = serverAudits({ url: () => `${server.url}/graphql`, fetchFn });

function explain(result: AuditResult): string {
  return result.status === 'ok' ? 'ok' : `${result.status}: ${result.reason}`;
}

describe('GraphQL over HTTP (graphql-http audits, logged in)', () => {
  it('knows every audit and lets no MUST be waived', () => {
    expect(audits.length).toBeGreaterThan(50);
    const ids = new Set(audits.map((a) => a.id));
    for (const id of Object.keys(KNOWN_WARNINGS)) {
      expect(ids.has(id), `${id} is no longer an audit: drop it from the list and docs/security.md`).toBe(true);
      expect(audits.find((a) => a.id === id)?.name).not.toMatch(/^MUST/);
    }
  });

  it.each(audits.map((a) => [`${a.id} ${a.name}`, a] as const))('%s', async (_name, audit) => {
    const result = await audit.fn();
    if (audit.id in KNOWN_WARNINGS) {
      expect(result.status, `${audit.id} passes now: drop it from KNOWN_WARNINGS and docs/security.md`).not.toBe('ok');
      expect(result.status).toBe('warn');
    } else {
      expect(explain(result)).toBe('ok');
    }
  });

  it('lists each waived audit in docs/security.md with why', () => {
    const page = fs.readFileSync(path.join(REPO_ROOT, 'docs', 'security.md'), 'utf8');
    const start = page.indexOf('\n## GraphQL over HTTP\n');
    expect(start).toBeGreaterThan(-1);
    const end = page.indexOf('\n## ', start + 1);
    const section = page.slice(start, end === -1 ? undefined : end);
    for (const id of Object.keys(KNOWN_WARNINGS)) expect(section, id).toContain(`\`${id}\``);
  });
});

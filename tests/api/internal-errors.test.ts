import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { ApiClient, errorCodes } from '../support/graphql';
import { useServer } from '../support/use-server';

// An unexpected failure (here: a table vanishes under the running server) must reach the user as
// INTERNAL_SERVER_ERROR with a request id, and nothing of SQL, stacks or paths; the log has the rest.
const { server } = useServer();

describe('an internal failure', () => {
  it('shows only a request id, and logs the cause under that id', async () => {
    const admin = await new ApiClient(server.url).login('admin');
    const db = new Database(server.dbFile);
    db.exec('ALTER TABLE target RENAME TO target_moved_away');
    db.close();

    const res = await admin.request(`{ unit(code: "83") { name progress(campaign: "DDDT-2023") { target } } }`);
    expect(res.status).toBe(200);
    expect(errorCodes(res)).toEqual(['INTERNAL_SERVER_ERROR']);
    const error = res.errors![0]!;
    const requestId = error.extensions?.requestId as string;
    expect(requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(error.message).toBe(`Lỗi hệ thống. Mã yêu cầu ${requestId}. / Internal error. Request id ${requestId}.`);
    const body = JSON.stringify(res);
    expect(body).not.toMatch(/target_moved_away|no such table|SELECT|sqlite|\/work\/|node_modules|\.js:\d+|\bat \w+/i);
    // The rest of the answer still arrives.
    expect(res.data).toEqual({ unit: { name: 'Tỉnh Bến Tre', progress: null } });

    await expect.poll(() => server.output()).toContain(requestId);
    const line = server
      .output()
      .split('\n')
      .find((l) => l.includes(requestId))!;
    expect(JSON.parse(line)).toMatchObject({
      level: 'error',
      requestId,
      error: expect.stringContaining('no such table'),
    });
  });

  it("on a plain HTTP endpoint (the CSV export) too: the id in the answer and its header is the log line's", async () => {
    const official = await new ApiClient(server.url).login('official');
    const res = await fetch(`${server.url}/api/export/children?campaign=DDDT-2023&unit=29119`, {
      headers: { cookie: official.sessionCookie! },
    });
    expect(res.status).toBe(500);
    const requestId = res.headers.get('x-request-id')!;
    const body = await res.json();
    expect(body).toEqual({
      errors: [
        {
          message: `Lỗi hệ thống. Mã yêu cầu ${requestId}. / Internal error. Request id ${requestId}.`,
          extensions: { code: 'INTERNAL_SERVER_ERROR', requestId },
        },
      ],
    });
    await expect.poll(() => server.output()).toContain(requestId);
    const line = server
      .output()
      .split('\n')
      .find((l) => l.includes(requestId))!;
    expect(JSON.parse(line)).toMatchObject({
      level: 'error',
      message: 'internal error',
      requestId,
      path: '/export/children',
      error: expect.stringContaining('no such table'),
    });
  });
});

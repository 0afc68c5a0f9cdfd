import http from 'node:http';
import net from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import { fingerprint, scalar } from '../support/db';
import { ApiClient } from '../support/graphql';
import { startServer, type TestServer } from '../support/server';

// SIGTERM (systemd stopping the service, a deploy) while an official's CSV import is on its way
// in: the import is finished and acknowledged, then the process exits 0. Meanwhile a new
// connection is refused, and a request on a connection opened before is answered 503 in both
// languages.
let server: TestServer | null = null;
afterAll(() => server?.stop());

/** A POST whose body is sent in two parts: the request is in flight between them. */
function slowImport(url: string, cookie: string, first: string) {
  const req = http.request(`${url}/api/import/tallies?campaign=DDDT-2023`, {
    method: 'POST',
    headers: { cookie, 'x-chitieu-csrf': '1', 'content-type': 'text/csv; charset=utf-8' },
  });
  const answer = new Promise<{ status: number; body: any }>((resolve, reject) => {
    req.on('response', (res) => {
      let text = '';
      res.on('data', (chunk: Buffer) => (text += chunk.toString()));
      res.on('end', () => resolve({ status: res.statusCode!, body: JSON.parse(text) }));
    });
    req.on('error', reject);
  });
  req.write(first);
  return { finish: (rest: string) => req.end(rest), answer };
}

/** A connection with a request half sent (its headers not finished). */
function halfSentRequest(port: number) {
  const socket = net.connect(port, '127.0.0.1');
  let text = '';
  socket.on('data', (chunk: Buffer) => (text += chunk.toString()));
  const closed = new Promise<string>((resolve) => socket.on('close', () => resolve(text)));
  socket.write('GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n');
  return { finish: () => socket.write('\r\n'), closed };
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('graceful shutdown', () => {
  it('finishes the write in flight, refuses new requests, and exits 0', async () => {
    server = await startServer();
    const official = await new ApiClient(server.url).login('official');
    const hamlets: Array<{ code: string; progress: { collected: number; activated: number } }> = (
      await official.data(
        `{ unit(code: "29119") { children { code progress(campaign: "DDDT-2023") { collected activated } } } }`,
      )
    ).unit.children;
    const rows = hamlets.map((h) => `${h.code};15/11/2023;${h.progress.collected + 11};${h.progress.activated + 11}`);
    const port = Number(new URL(server.url).port);
    const before = fingerprint(server.dbFile);

    const upload = slowImport(
      server.url,
      official.sessionCookie!,
      `Mã ấp;Ngày;Thu nhận;Kích hoạt\r\n${rows.slice(0, 3).join('\r\n')}\r\n`,
    );
    const waiting = halfSentRequest(port);
    await pause(200);
    const signalled = Date.now();
    const exited = server.terminate();
    await expect.poll(() => server!.output(), { timeout: 5_000 }).toContain('"message":"shutting down"');

    // New connections are refused at once.
    await expect(fetch(`${server.url}/healthz`)).rejects.toThrow();
    // A request that arrives on a connection opened before is answered 503, and the connection closed.
    waiting.finish();
    const refused = await waiting.closed;
    expect(refused).toMatch(/^HTTP\/1\.1 503/);
    expect(refused).toMatch(/connection: close/i);
    expect(refused).toContain(
      'Máy chủ đang tắt; hãy thử lại sau giây lát. / The server is shutting down; try again in a moment.',
    );

    // The import in flight is read to its end, written, and acknowledged.
    await pause(200);
    upload.finish(`${rows.slice(3).join('\r\n')}\r\n`);
    const answer = await upload.answer;
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({ committed: true, summary: { rowsRead: hamlets.length, rejected: 0 } });

    expect(await exited).toBe(0);
    expect(Date.now() - signalled).toBeLessThan(10_000);
    expect(server.output()).toContain('"message":"stopped","drained":true');
    // After the exit, the file holds every row that was acknowledged.
    expect(fingerprint(server.dbFile)).not.toBe(before);
    for (const h of hamlets) {
      const collected = scalar(
        server.dbFile,
        `SELECT r.collected FROM tally_report r JOIN unit u ON u.id = r.unit_id WHERE u.code = ? AND r.date = '2023-11-15'`,
        h.code,
      );
      expect(collected, h.code).toBe(h.progress.collected + 11);
    }
  }, 60_000);
});

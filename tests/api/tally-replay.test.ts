import { describe, expect, it } from 'vitest';
import { dbFingerprint, dbValue } from '../support/db';
import { errorCodes, type ApiClient } from '../support/graphql';
import { useServer } from '../support/use-server';

/**
 * A queued save sent again (its answer lost on a weak link): the same clientId gets the first
 * answer and nothing is saved twice.
 */
const { server, admin, official } = useServer({ logins: ['admin', 'official'] });

const RECORD = `mutation ($input: RecordTalliesInput!) { recordTallies(input: $input) { saved date replayed } }`;

async function hamlets(): Promise<Array<{ code: string; progress: { collected: number; activated: number } }>> {
  return (
    await official.data(
      `{ unit(code: "29119") { children { code progress(campaign: "DDDT-2023") { collected activated } } } }`,
    )
  ).unit.children;
}

async function countsOf(code: string) {
  return (
    await admin.data(
      `query ($code: String!) { unit(code: $code) { progress(campaign: "DDDT-2023") { collected activated } } }`,
      { code },
    )
  ).unit.progress;
}

/** Reports, roll-ups, audit and kept ids: equal before and after means nothing was saved. */
const written = async () =>
  `${await dbFingerprint(server)} ${await dbValue(server, `SELECT COUNT(*) AS n FROM tally_submission`)}`;

const auditCount = () =>
  dbValue<number>(
    server,
    `SELECT COUNT(*) AS n FROM audit_event WHERE action IN ('tally.record', 'tally.replace')`,
  ).then(Number);

function send(client: ApiClient, clientId: string | undefined, reports: unknown[], date = '2023-11-15') {
  return client.request(RECORD, { input: { campaign: 'DDDT-2023', date, reports, ...(clientId ? { clientId } : {}) } });
}

describe('recordTallies with a clientId: idempotent replay', () => {
  it('answers a repeat with the first result and writes nothing again, even after another user saved since', async () => {
    const [h] = await hamlets();
    const report = { unit: h!.code, collected: h!.progress.collected + 4, activated: h!.progress.activated + 2 };
    const audits = await auditCount();
    const first = await send(official, 'queue-0001-aaaa', [report]);
    expect(first.data).toEqual({ recordTallies: { saved: 1, date: '2023-11-15', replayed: false } });
    expect(await auditCount()).toBe(audits + 1);

    const before = await written();
    const again = await send(official, 'queue-0001-aaaa', [report]);
    expect(again.data).toEqual({ recordTallies: { saved: 1, date: '2023-11-15', replayed: true } });
    expect(await written()).toBe(before);

    // An admin corrects the day; the official's queue then replays its old save: the correction stays.
    const corrected = {
      unit: h!.code,
      collected: report.collected + 1,
      activated: report.activated,
      expected: { collected: report.collected, activated: report.activated },
    };
    await admin.data(RECORD, { input: { campaign: 'DDDT-2023', date: '2023-11-15', reports: [corrected] } });
    const replay = await send(official, 'queue-0001-aaaa', [report]);
    expect(replay.data?.recordTallies).toEqual({ saved: 1, date: '2023-11-15', replayed: true });
    expect(await countsOf(h!.code)).toEqual({ collected: report.collected + 1, activated: report.activated });
    expect(await auditCount()).toBe(audits + 2);
  });

  it('refuses the same id with other contents, or another user’s id, with CONFLICT in both languages, and saves nothing', async () => {
    const [, h] = await hamlets();
    const report = { unit: h!.code, collected: h!.progress.collected + 3, activated: h!.progress.activated };
    expect((await send(official, 'queue-0002-bbbb', [report])).data?.recordTallies.replayed).toBe(false);
    const before = await written();
    for (const [client, body] of [
      [
        official,
        [
          {
            ...report,
            collected: report.collected + 1,
            expected: { collected: report.collected, activated: report.activated },
          },
        ],
      ],
      [admin, [report]],
    ] as const) {
      const res = await send(client, 'queue-0002-bbbb', [...body]);
      expect(errorCodes(res)).toEqual(['CONFLICT']);
      expect(res.errors![0]!.extensions).toMatchObject({
        messageVi: expect.stringContaining('Mã lần gửi'),
        messageEn: expect.stringContaining('Client id'),
      });
    }
    expect(await written()).toBe(before);
  });

  it('keeps no id for a save that was refused: the corrected save may use it', async () => {
    const [, , h] = await hamlets();
    const bad = { unit: h!.code, collected: h!.progress.collected, activated: h!.progress.collected + 1 };
    const before = await written();
    expect(errorCodes(await send(official, 'queue-0003-cccc', [bad]))).toEqual(['BAD_USER_INPUT']);
    expect(await written()).toBe(before);
    const good = { unit: h!.code, collected: h!.progress.collected + 1, activated: h!.progress.activated + 1 };
    expect((await send(official, 'queue-0003-cccc', [good])).data?.recordTallies).toEqual({
      saved: 1,
      date: '2023-11-15',
      replayed: false,
    });
  });

  it('saves once when six copies of one queued save arrive together', async () => {
    const [, , , h] = await hamlets();
    const report = { unit: h!.code, collected: h!.progress.collected + 6, activated: h!.progress.activated + 6 };
    const audits = await auditCount();
    const answers = await Promise.all(Array.from({ length: 6 }, () => send(official, 'queue-0004-dddd', [report])));
    expect(answers.map((a) => a.data?.recordTallies.replayed).sort()).toEqual([false, true, true, true, true, true]);
    expect(await auditCount()).toBe(audits + 1);
    expect(await countsOf(h!.code)).toEqual({ collected: report.collected, activated: report.activated });
  });

  it('refuses a malformed id before anything else, in both languages', async () => {
    const [h] = await hamlets();
    for (const clientId of ['short', 'x'.repeat(65), 'có dấu-12345', 'a b c d e f g h']) {
      const res = await send(official, clientId, [{ unit: h!.code, collected: 1, activated: 1 }]);
      expect(errorCodes(res)).toEqual(['BAD_USER_INPUT']);
      expect(res.errors![0]!.extensions?.messageEn).toContain('Client id');
    }
  });
});

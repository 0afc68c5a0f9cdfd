import { describe, expect, it } from 'vitest';
import { dbAuditEvents, dbRows } from '../support/db';
import { type ApiClient, errorCodes, type GraphQLResponse } from '../support/graphql';
import { useServer } from '../support/use-server';

// Never lose a write: many saves at once over HTTP, some failing on purpose. Every acknowledged
// one is there with its audit event, every failed one left nothing, and a reader polling the
// province during the storm always sees it equal to the sum of its districts.

const { server, admin, official, analyst: reader } = useServer({ logins: ['admin', 'official', 'analyst'] });

const DAY = '2023-11-15';
const RECORD = `mutation ($input: RecordTalliesInput!) { recordTallies(input: $input) { saved } }`;
const ASSIGN = `mutation ($input: AssignTargetsInput!) { assignTargets(input: $input) { version } }`;
type Counts = { collected: number; activated: number };
type Hamlet = { code: string; progress: Counts };

async function hamletsOf(parent: string): Promise<Hamlet[]> {
  return (
    await admin.data(
      `{ units(parent: "${parent}", level: HAMLET, first: 100) { nodes { code progress(campaign: "DDDT-2023", asOf: "${DAY}") { collected activated } } } }`,
    )
  ).units.nodes;
}

async function countsOf(code: string): Promise<Counts> {
  return (
    await admin.data(
      `{ unit(code: "${code}") { progress(campaign: "DDDT-2023", asOf: "${DAY}") { collected activated } } }`,
    )
  ).unit.progress;
}

interface Sent {
  res: GraphQLResponse;
  /** What must be on record afterwards, by hamlet (written if acknowledged, untouched if not). */
  cells: Array<{ code: string; sent: Counts; before: Counts }>;
  mustFail?: string;
}

describe('a storm of concurrent saves', () => {
  it('keeps every acknowledged write, leaves nothing of a failed one, and never shows half of one', async () => {
    const tanXuan = await hamletsOf('29119');
    const batri = (await hamletsOf('836')).filter((h) => !h.code.startsWith('29119'));
    const elsewhere = await hamletsOf('837');
    expect(batri.length).toBeGreaterThanOrEqual(60);
    const up = (h: Hamlet, by: number): Counts => ({
      collected: h.progress.collected + by,
      activated: h.progress.activated + by,
    });

    // The reader: the province and its districts in one query, as long as the storm lasts.
    let storming = true;
    const polls: Array<{ province: Counts; districts: Counts }> = [];
    const polling = (async () => {
      while (storming) {
        const unit = (
          await reader.data(`{ unit(code: "83") { progress(campaign: "DDDT-2023", asOf: "${DAY}") { collected activated }
          children { progress(campaign: "DDDT-2023", asOf: "${DAY}") { collected activated } } } }`)
        ).unit;
        const districts = unit.children.reduce(
          (a: Counts, c: { progress: Counts }) => ({
            collected: a.collected + c.progress.collected,
            activated: a.activated + c.progress.activated,
          }),
          { collected: 0, activated: 0 },
        );
        polls.push({ province: unit.progress, districts });
      }
    })();

    const record = (client: ApiClient, cells: Array<{ h: Hamlet; sent: Counts }>, mustFail?: string): Promise<Sent> =>
      client
        .request(RECORD, {
          input: { campaign: 'DDDT-2023', date: DAY, reports: cells.map((c) => ({ unit: c.h.code, ...c.sent })) },
        })
        .then((res) => ({
          res,
          mustFail,
          cells: cells.map((c) => ({ code: c.h.code, sent: c.sent, before: c.h.progress })),
        }));

    const sends: Array<Promise<Sent>> = [
      // Good: one hamlet each, by the admin and by the official.
      ...batri.slice(0, 40).map((h, i) => record(admin, [{ h, sent: up(h, 10 + i) }])),
      ...tanXuan.map((h, i) => record(official, [{ h, sent: up(h, 3 + i) }])),
      // Bad on purpose: a good cell with a bad one (activated above collected): all or nothing.
      ...batri.slice(40, 60).map((h, i) =>
        record(
          admin,
          [
            { h, sent: up(h, 1) },
            { h: batri[60 + (i % 5)]!, sent: { collected: 1, activated: 2 } },
          ],
          'BAD_USER_INPUT',
        ),
      ),
      // Bad on purpose: the official writing outside Xã Tân Xuân.
      ...elsewhere.slice(0, 8).map((h) => record(official, [{ h, sent: up(h, 1) }], 'FORBIDDEN')),
    ];

    // Targets: eight saves against the same version of each of two editors; one wins each.
    const targetSaves = await Promise.all(
      ['836', '831'].map(async (parent) => {
        const split = (
          await admin.data(
            `{ targets(campaign: "DDDT-2023", parent: "${parent}") { version children { unit { code } target } } }`,
          )
        ).targets;
        return split.children.slice(0, 8).map((c: { unit: { code: string }; target: number }, i: number) => ({
          parent,
          unit: c.unit.code,
          was: c.target,
          target: c.target + 100 + i,
          res: admin.request(ASSIGN, {
            input: {
              campaign: 'DDDT-2023',
              parent,
              expectedVersion: split.version,
              targets: [{ unit: c.unit.code, target: c.target + 100 + i }],
            },
          }),
        }));
      }),
    );
    const sent = await Promise.all(sends);
    const assigned = await Promise.all(targetSaves.flat().map(async (t) => ({ ...t, res: await t.res })));
    storming = false;
    await polling;

    // The reader never saw half a write.
    expect(polls.length).toBeGreaterThan(3);
    for (const p of polls) expect(p.province).toEqual(p.districts);

    let acknowledged = 0;
    for (const s of sent) {
      const requestId = s.res.headers.get('x-request-id')!;
      if (s.mustFail) {
        expect(errorCodes(s.res)).toEqual([s.mustFail]);
        expect(await dbAuditEvents(server, requestId)).toEqual([]);
        for (const c of s.cells) expect(await countsOf(c.code), `${c.code} untouched`).toEqual(c.before);
      } else {
        expect(s.res.errors, JSON.stringify(s.res.errors)).toBeUndefined();
        acknowledged++;
        expect(await dbAuditEvents(server, requestId)).toEqual([{ action: 'tally.record', field: DAY }]);
        for (const c of s.cells) expect(await countsOf(c.code), `${c.code} saved`).toEqual(c.sent);
      }
    }
    expect(acknowledged).toBe(50);

    for (const parent of ['836', '831']) {
      const saves = assigned.filter((a) => a.parent === parent);
      const won = saves.filter((a) => !a.res.errors);
      expect(won).toHaveLength(1);
      expect(saves.filter((a) => errorCodes(a.res)[0] === 'CONFLICT')).toHaveLength(7);
      const now = (
        await admin.data(
          `{ targets(campaign: "DDDT-2023", parent: "${parent}") { version children { unit { code } target } } }`,
        )
      ).targets;
      expect(now.version).toBe(won[0]!.res.data!.assignTargets.version);
      for (const a of saves) {
        const target = now.children.find((c: { unit: { code: string } }) => c.unit.code === a.unit).target;
        expect(target).toBe(a === won[0] ? a.target : a.was);
        if (a !== won[0]) expect(await dbAuditEvents(server, a.res.headers.get('x-request-id')!)).toEqual([]);
      }
    }

    // And the roll-ups still add up from the hamlets, at every unit above them.
    const hamlets = await dbRows<{ path: string } & Counts>(
      server,
      `SELECT u.path, r.collected, r.activated FROM tally_report r JOIN unit u ON u.id = r.unit_id
      JOIN (SELECT unit_id, MAX(date) AS d FROM tally_report WHERE campaign_id = 1 AND date <= ? GROUP BY unit_id) m ON m.unit_id = r.unit_id AND m.d = r.date
      WHERE r.campaign_id = 1`,
      DAY,
    );
    const rollups = await dbRows<{ code: string; path: string } & Counts>(
      server,
      `SELECT u.code, u.path, r.collected, r.activated FROM tally_rollup r JOIN unit u ON u.id = r.unit_id
      JOIN (SELECT unit_id, MAX(date) AS d FROM tally_rollup WHERE campaign_id = 1 AND date <= ? GROUP BY unit_id) m ON m.unit_id = r.unit_id AND m.d = r.date
      WHERE r.campaign_id = 1`,
      DAY,
    );
    expect(rollups.length).toBeGreaterThan(160);
    const wrong = rollups.filter((u) => {
      const below = hamlets.filter((h) => h.path.startsWith(u.path));
      return (
        u.collected !== below.reduce((a, h) => a + h.collected, 0) ||
        u.activated !== below.reduce((a, h) => a + h.activated, 0)
      );
    });
    expect(wrong.map((u) => u.code)).toEqual([]);
  }, 120_000);
});

import { describe, expect, it } from 'vitest';
import { dbAuditEvents } from '../support/db';
import { ApiClient, errorCodes } from '../support/graphql';
import { useServer } from '../support/use-server';

const { server, admin, official } = useServer({ logins: ['admin', 'official'] });

const RECORD = `mutation ($input: RecordTalliesInput!) { recordTallies(input: $input) { saved date } }`;
const FIGURES = `query ($code: String!, $asOf: Date) { unit(code: $code) { progress(campaign: "DDDT-2023", asOf: $asOf) { collected activated } } }`;

async function figures(client: ApiClient, code: string, asOf = '2023-11-15') {
  return (await client.data(FIGURES, { code, asOf })).unit.progress as { collected: number; activated: number };
}

async function hamletsOfTanXuan(): Promise<
  Array<{ code: string; progress: { collected: number; activated: number } }>
> {
  return (
    await official.data(
      `{ unit(code: "29119") { children { code progress(campaign: "DDDT-2023") { collected activated } } } }`,
    )
  ).unit.children;
}

describe('recording a day', () => {
  it('moves every unit above a hamlet at once', async () => {
    const [hamlet] = await hamletsOfTanXuan();
    const before = {
      commune: await figures(admin, '29119'),
      district: await figures(admin, '836'),
      province: await figures(admin, '83'),
    };
    const res = await official.request(RECORD, {
      input: {
        campaign: 'DDDT-2023',
        reports: [
          { unit: hamlet!.code, collected: hamlet!.progress.collected + 12, activated: hamlet!.progress.activated + 9 },
        ],
      },
    });
    expect(res.data).toEqual({ recordTallies: { saved: 1, date: '2023-11-15' } });
    for (const [code, was] of [
      ['29119', before.commune],
      ['836', before.district],
      ['83', before.province],
    ] as const) {
      expect(await figures(admin, code)).toEqual({ collected: was.collected + 12, activated: was.activated + 9 });
    }
    // 14-11 is untouched: the report is for 15-11.
    expect((await figures(admin, '83', '2023-11-14')).collected).toBe(822_139);

    // A second report for the same hamlet and date replaces the first, naming the one it replaces.
    const expected = { collected: hamlet!.progress.collected + 12, activated: hamlet!.progress.activated + 9 };
    await official.data(RECORD, {
      input: {
        campaign: 'DDDT-2023',
        reports: [
          {
            unit: hamlet!.code,
            collected: hamlet!.progress.collected + 5,
            activated: hamlet!.progress.activated + 5,
            expected,
          },
        ],
      },
    });
    expect(await figures(admin, '83')).toEqual({
      collected: before.province.collected + 5,
      activated: before.province.activated + 5,
    });
    const done = (
      await official.data(`{ unit(code: "29119") { completeness(campaign: "DDDT-2023") { hamletsReported } } }`)
    ).unit.completeness;
    expect(done.hamletsReported).toBe(1);
  });

  it('measures the recent pace up to the latest reported day: the reporting commune’s moves to 15-11, the others stay on 14-11', async () => {
    const PACE = `query ($code: String!) { unit(code: $code) { progress(campaign: "DDDT-2023") { asOf activation { recentPace } collection { recentPace } } } }`;
    const pace = async (code: string) => (await admin.data(PACE, { code })).unit.progress;
    // Xã Tân Xuân reported on 15-11 (the test above): its week is 08-11 → 15-11.
    const tanXuan = await pace('29119');
    const [now, weekBefore] = [
      await figures(admin, '29119', '2023-11-15'),
      await figures(admin, '29119', '2023-11-08'),
    ];
    expect(tanXuan.asOf).toBe('2023-11-15');
    expect(tanXuan.activation.recentPace).toBeCloseTo((now.activated - weekBefore.activated) / 7, 9);
    expect(tanXuan.collection.recentPace).toBeCloseTo((now.collected - weekBefore.collected) / 7, 9);
    // Huyện Thạnh Phú has no report on 15-11 yet: its week is still 07-11 → 14-11, not one with a zero day.
    const thanhPhu = await pace('837');
    const [last, before] = [await figures(admin, '837', '2023-11-14'), await figures(admin, '837', '2023-11-07')];
    expect(thanhPhu.activation.recentPace).toBeCloseTo((last.activated - before.activated) / 7, 9);
    expect(thanhPhu.activation.recentPace).toBeGreaterThan(0);
  });

  it('still counts the days of a unit that stopped reporting as days without gain', async () => {
    // As of 20-11 Huyện Thạnh Phú's last report is of 14-11: its week is 12-11 → 19-11 (the day
    // before the as-of date), five days of it without a gain, not the week that ended on 14-11.
    const PACE = `query ($asOf: Date) { unit(code: "837") { progress(campaign: "DDDT-2023", asOf: $asOf) { activation { recentPace } } } }`;
    const pace = (await admin.data(PACE, { asOf: '2023-11-20' })).unit.progress.activation.recentPace as number;
    const [last, weekBefore, oldWeek] = [
      await figures(admin, '837', '2023-11-19'),
      await figures(admin, '837', '2023-11-12'),
      await figures(admin, '837', '2023-11-07'),
    ];
    expect(pace).toBeCloseTo((last.activated - weekBefore.activated) / 7, 9);
    expect(pace).toBeLessThan((last.activated - oldWeek.activated) / 7);
  });

  it('rejects bad cells with per-cell messages, and writes nothing', async () => {
    const hamlets = await hamletsOfTanXuan();
    const [a, b] = hamlets;
    const province = await figures(admin, '83');
    const res = await official.request(RECORD, {
      input: {
        campaign: 'DDDT-2023',
        reports: [
          // a's report of the day (from the test above) is the one it replaces.
          {
            unit: a!.code,
            collected: a!.progress.collected + 1,
            activated: a!.progress.activated,
            expected: a!.progress,
          },
          { unit: b!.code, collected: 10, activated: 20 },
        ],
      },
    });
    expect(errorCodes(res)).toEqual(['BAD_USER_INPUT']);
    const fields = res.errors?.[0]?.extensions?.fields as Array<{
      unit: string;
      field: string;
      messageVi: string;
      messageEn: string;
    }>;
    expect(fields).toContainEqual({
      unit: b!.code,
      field: 'activated',
      messageVi: 'Số kích hoạt không được lớn hơn số thu nhận.',
      messageEn: 'Activated cannot exceed collected.',
    });
    expect(fields.some((f) => f.unit === b!.code && f.field === 'collected' && /reason/.test(f.messageEn))).toBe(true);
    expect(await figures(admin, '83')).toEqual(province);
  });

  it('accepts a lower count with a correction reason', async () => {
    const [, , c] = await hamletsOfTanXuan();
    const res = await official.request(RECORD, {
      input: {
        campaign: 'DDDT-2023',
        reports: [
          {
            unit: c!.code,
            collected: c!.progress.collected - 3,
            activated: c!.progress.activated - 3,
            reason: 'Trùng hồ sơ / duplicate records',
          },
        ],
      },
    });
    expect(res.data?.recordTallies).toEqual({ saved: 1, date: '2023-11-15' });
  });

  it('refuses a future date, a date before the window, and units outside the scope', async () => {
    const [hamlet] = await hamletsOfTanXuan();
    const report = { unit: hamlet!.code, collected: hamlet!.progress.collected, activated: hamlet!.progress.activated };
    expect(
      errorCodes(
        await official.request(RECORD, { input: { campaign: 'DDDT-2023', date: '2023-11-16', reports: [report] } }),
      ),
    ).toEqual(['BAD_USER_INPUT']);
    expect(
      errorCodes(
        await official.request(RECORD, { input: { campaign: 'DDDT-2023', date: '2023-10-01', reports: [report] } }),
      ),
    ).toEqual(['FORBIDDEN']);

    const province = await figures(admin, '83');
    const other = (await admin.data(`{ unit(code: "29122") { children { code } } }`)).unit.children[0].code;
    const res = await official.request(RECORD, {
      input: { campaign: 'DDDT-2023', reports: [report, { unit: other, collected: 999_999, activated: 0 }] },
    });
    expect(errorCodes(res)).toEqual(['FORBIDDEN']);
    expect(await figures(admin, '83')).toEqual(province);
  });

  it('refuses analysts, unknown units and non-hamlets', async () => {
    const analyst = await new ApiClient(server.url).login('analyst');
    const [hamlet] = await hamletsOfTanXuan();
    const res = await analyst.request(RECORD, {
      input: { campaign: 'DDDT-2023', reports: [{ unit: hamlet!.code, collected: 1, activated: 1 }] },
    });
    expect(errorCodes(res)).toEqual(['FORBIDDEN']);
    const bad = await admin.request(RECORD, {
      input: {
        campaign: 'DDDT-2023',
        reports: [
          { unit: 'NOPE', collected: 1, activated: 1 },
          { unit: '29119', collected: 1, activated: 1 },
        ],
      },
    });
    expect(errorCodes(bad)).toEqual(['BAD_USER_INPUT']);
    expect((bad.errors?.[0]?.extensions?.fields as any[]).map((f) => f.unit)).toEqual(['NOPE', '29119']);
  });
});

describe('replace-with-expected', () => {
  type Cell = {
    unit: string;
    field: string;
    expected: number | null;
    stored: number | null;
    sent: number;
    messageVi: string;
    messageEn: string;
  };
  const send = (
    client: ApiClient,
    unit: string,
    counts: { collected: number; activated: number },
    expected?: { collected: number; activated: number },
  ) =>
    client.request(RECORD, {
      input: { campaign: 'DDDT-2023', reports: [{ unit, ...counts, ...(expected ? { expected } : {}) }] },
    });

  it('lets exactly one of two simultaneous first reports win; the other is CONFLICT with both values, and nothing of it is saved', async () => {
    const hamlet = (await hamletsOfTanXuan())[4]!;
    const base = hamlet.progress;
    const byAdmin = { collected: base.collected + 20, activated: base.activated + 10 };
    const byOfficial = { collected: base.collected + 30, activated: base.activated + 15 };
    const province = await figures(admin, '83');
    const answers = await Promise.all([send(admin, hamlet.code, byAdmin), send(official, hamlet.code, byOfficial)]);
    const won = answers.filter((a) => !a.errors);
    const lost = answers.filter((a) => a.errors);
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(1);
    expect(errorCodes(lost[0]!)).toEqual(['CONFLICT']);
    const winner = answers[0] === won[0] ? byAdmin : byOfficial;
    const loser = winner === byAdmin ? byOfficial : byAdmin;
    const ext = lost[0]!.errors![0]!.extensions!;
    expect(ext.messageVi).toMatch(/đã được lưu|người khác/);
    expect(ext.messageEn).toMatch(/saved/i);
    const cells = ext.fields as Cell[];
    expect(cells.map((c) => [c.unit, c.field, c.expected, c.stored, c.sent])).toEqual([
      [hamlet.code, 'collected', null, winner.collected, loser.collected],
      [hamlet.code, 'activated', null, winner.activated, loser.activated],
    ]);
    // Each cell says both values, in both languages.
    expect(cells[0]!.messageVi).toContain(winner.collected.toLocaleString('vi-VN'));
    expect(cells[0]!.messageVi).toContain(loser.collected.toLocaleString('vi-VN'));
    expect(cells[0]!.messageEn).toContain(winner.collected.toLocaleString('en-US'));
    expect(cells[0]!.messageEn).toContain(loser.collected.toLocaleString('en-US'));
    expect(await figures(admin, '83')).toEqual({
      collected: province.collected + winner.collected - base.collected,
      activated: province.activated + winner.activated - base.activated,
    });
    const audit = await dbAuditEvents(server, lost[0]!.headers.get('x-request-id')!);
    expect(audit).toEqual([]);
  });

  it('replaces a report when the one expected is the one on record, and refuses a stale one', async () => {
    const hamlet = (await hamletsOfTanXuan())[5]!;
    const first = { collected: hamlet.progress.collected + 4, activated: hamlet.progress.activated + 2 };
    expect((await send(official, hamlet.code, first)).errors).toBeUndefined();
    // Nothing expected, but a report is on record for the day: CONFLICT.
    const blind = await send(official, hamlet.code, { collected: first.collected + 1, activated: first.activated });
    expect(errorCodes(blind)).toEqual(['CONFLICT']);
    // The right one expected: replaced.
    const second = { collected: first.collected + 6, activated: first.activated + 3 };
    const ok = await send(official, hamlet.code, second, first);
    expect(ok.errors).toBeUndefined();
    expect(ok.data?.recordTallies).toEqual({ saved: 1, date: '2023-11-15' });
    expect((await hamletsOfTanXuan())[5]!.progress).toEqual(second);
    // The first one expected again (stale): CONFLICT, the stored value untouched.
    const stale = await send(
      admin,
      hamlet.code,
      { collected: second.collected + 9, activated: second.activated },
      first,
    );
    expect(errorCodes(stale)).toEqual(['CONFLICT']);
    const cells = stale.errors![0]!.extensions!.fields as Cell[];
    expect(cells.find((c) => c.field === 'collected')).toMatchObject({
      unit: hamlet.code,
      expected: first.collected,
      stored: second.collected,
      sent: second.collected + 9,
    });
    expect((await hamletsOfTanXuan())[5]!.progress).toEqual(second);
  });
});

import { describe, expect, it } from 'vitest';
import { ApiClient, errorCodes } from '../support/graphql';
import { useServer } from '../support/use-server';

const { server, admin, official } = useServer({ logins: ['admin', 'official'] });

const RECORD = `mutation ($input: RecordTalliesInput!) { recordTallies(input: $input) { saved date } }`;
const FIGURES = `query ($code: String!, $asOf: Date) { unit(code: $code) { progress(campaign: "DDDT-2023", asOf: $asOf) { collected activated } } }`;

async function figures(client: ApiClient, code: string, asOf = '2023-11-15') {
  return (await client.data(FIGURES, { code, asOf })).unit.progress as { collected: number; activated: number };
}

async function hamletsOfTanXuan(): Promise<Array<{ code: string; progress: { collected: number; activated: number } }>> {
  return (await official.data(`{ unit(code: "29119") { children { code progress(campaign: "DDDT-2023") { collected activated } } } }`)).unit.children;
}

describe('recording a day', () => {
  it('moves every unit above a hamlet at once', async () => {
    const [hamlet] = await hamletsOfTanXuan();
    const before = { commune: await figures(admin, '29119'), district: await figures(admin, '836'), province: await figures(admin, '83') };
    const res = await official.request(RECORD, {
      input: { campaign: 'DDDT-2023', reports: [{ unit: hamlet!.code, collected: hamlet!.progress.collected + 12, activated: hamlet!.progress.activated + 9 }] },
    });
    expect(res.data).toEqual({ recordTallies: { saved: 1, date: '2023-11-15' } });
    for (const [code, was] of [['29119', before.commune], ['836', before.district], ['83', before.province]] as const) {
      expect(await figures(admin, code)).toEqual({ collected: was.collected + 12, activated: was.activated + 9 });
    }
    // 14-11 is untouched: the report is for 15-11.
    expect((await figures(admin, '83', '2023-11-14')).collected).toBe(822_139);

    // A second report for the same hamlet and date replaces the first.
    await official.data(RECORD, { input: { campaign: 'DDDT-2023', reports: [{ unit: hamlet!.code, collected: hamlet!.progress.collected + 5, activated: hamlet!.progress.activated + 5 }] } });
    expect(await figures(admin, '83')).toEqual({ collected: before.province.collected + 5, activated: before.province.activated + 5 });
    const done = (await official.data(`{ unit(code: "29119") { completeness(campaign: "DDDT-2023") { hamletsReported } } }`)).unit.completeness;
    expect(done.hamletsReported).toBe(1);
  });

  it('measures the recent pace up to the latest reported day: the reporting commune’s moves to 15-11, the others stay on 14-11', async () => {
    const PACE = `query ($code: String!) { unit(code: $code) { progress(campaign: "DDDT-2023") { asOf activation { recentPace } collection { recentPace } } } }`;
    const pace = async (code: string) => (await admin.data(PACE, { code })).unit.progress;
    // Xã Tân Xuân reported on 15-11 (the test above): its week is 08-11 → 15-11.
    const tanXuan = await pace('29119');
    const [now, weekBefore] = [await figures(admin, '29119', '2023-11-15'), await figures(admin, '29119', '2023-11-08')];
    expect(tanXuan.asOf).toBe('2023-11-15');
    expect(tanXuan.activation.recentPace).toBeCloseTo((now.activated - weekBefore.activated) / 7, 9);
    expect(tanXuan.collection.recentPace).toBeCloseTo((now.collected - weekBefore.collected) / 7, 9);
    // Huyện Thạnh Phú has no report on 15-11 yet: its week is still 07-11 → 14-11, not one with a zero day.
    const thanhPhu = await pace('837');
    const [last, before] = [await figures(admin, '837', '2023-11-14'), await figures(admin, '837', '2023-11-07')];
    expect(thanhPhu.activation.recentPace).toBeCloseTo((last.activated - before.activated) / 7, 9);
    expect(thanhPhu.activation.recentPace).toBeGreaterThan(0);
  });

  it('rejects bad cells with per-cell messages, and writes nothing', async () => {
    const hamlets = await hamletsOfTanXuan();
    const [a, b] = hamlets;
    const province = await figures(admin, '83');
    const res = await official.request(RECORD, {
      input: {
        campaign: 'DDDT-2023',
        reports: [
          { unit: a!.code, collected: a!.progress.collected + 1, activated: a!.progress.activated },
          { unit: b!.code, collected: 10, activated: 20 },
        ],
      },
    });
    expect(errorCodes(res)).toEqual(['BAD_USER_INPUT']);
    const fields = res.errors?.[0]?.extensions?.fields as Array<{ unit: string; field: string; messageVi: string; messageEn: string }>;
    expect(fields).toContainEqual({ unit: b!.code, field: 'activated', messageVi: 'Số kích hoạt không được lớn hơn số thu nhận.', messageEn: 'Activated cannot exceed collected.' });
    expect(fields.some((f) => f.unit === b!.code && f.field === 'collected' && /reason/.test(f.messageEn))).toBe(true);
    expect(await figures(admin, '83')).toEqual(province);
  });

  it('accepts a lower count with a correction reason', async () => {
    const [, , c] = await hamletsOfTanXuan();
    const res = await official.request(RECORD, {
      input: { campaign: 'DDDT-2023', reports: [{ unit: c!.code, collected: c!.progress.collected - 3, activated: c!.progress.activated - 3, reason: 'Trùng hồ sơ / duplicate records' }] },
    });
    expect(res.data?.recordTallies).toEqual({ saved: 1, date: '2023-11-15' });
  });

  it('refuses a future date, a date before the window, and units outside the scope', async () => {
    const [hamlet] = await hamletsOfTanXuan();
    const report = { unit: hamlet!.code, collected: hamlet!.progress.collected, activated: hamlet!.progress.activated };
    expect(errorCodes(await official.request(RECORD, { input: { campaign: 'DDDT-2023', date: '2023-11-16', reports: [report] } }))).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes(await official.request(RECORD, { input: { campaign: 'DDDT-2023', date: '2023-10-01', reports: [report] } }))).toEqual(['FORBIDDEN']);

    const province = await figures(admin, '83');
    const other = (await admin.data(`{ unit(code: "29122") { children { code } } }`)).unit.children[0].code;
    const res = await official.request(RECORD, { input: { campaign: 'DDDT-2023', reports: [report, { unit: other, collected: 999_999, activated: 0 }] } });
    expect(errorCodes(res)).toEqual(['FORBIDDEN']);
    expect(await figures(admin, '83')).toEqual(province);
  });

  it('refuses analysts, unknown units and non-hamlets', async () => {
    const analyst = await new ApiClient(server.url).login('analyst');
    const [hamlet] = await hamletsOfTanXuan();
    const res = await analyst.request(RECORD, { input: { campaign: 'DDDT-2023', reports: [{ unit: hamlet!.code, collected: 1, activated: 1 }] } });
    expect(errorCodes(res)).toEqual(['FORBIDDEN']);
    const bad = await admin.request(RECORD, { input: { campaign: 'DDDT-2023', reports: [{ unit: 'NOPE', collected: 1, activated: 1 }, { unit: '29119', collected: 1, activated: 1 }] } });
    expect(errorCodes(bad)).toEqual(['BAD_USER_INPUT']);
    expect((bad.errors?.[0]?.extensions?.fields as any[]).map((f) => f.unit)).toEqual(['NOPE', '29119']);
  });
});

import { describe, expect, it } from 'vitest';
import { dbFingerprint } from '../support/db';
import { errorCodes } from '../support/graphql';
import { useServer } from '../support/use-server';

const { server, admin } = useServer({ logins: ['admin'] });

const CREATE = `mutation ($input: CreateCampaignInput!) { createCampaign(input: $input) { code name collectedLabel activatedLabel startDate deadline rootTarget rootUnit { code } } }`;
const UPDATE = `mutation ($input: UpdateCampaignInput!) { updateCampaign(input: $input) { code name description startDate deadline rootTarget } }`;

describe('campaigns', () => {
  it('creates a campaign with its root target, and audits it', async () => {
    const res = await admin.request(CREATE, {
      input: {
        code: 'VNEID-2024',
        name: 'Kích hoạt mức 2',
        startDate: '2024-01-01',
        deadline: '2024-06-30',
        rootTarget: 500_000,
      },
    });
    expect(res.errors).toBeUndefined();
    expect(res.data!.createCampaign).toEqual({
      code: 'VNEID-2024',
      name: 'Kích hoạt mức 2',
      collectedLabel: 'Thu nhận',
      activatedLabel: 'Kích hoạt',
      startDate: '2024-01-01',
      deadline: '2024-06-30',
      rootTarget: 500_000,
      rootUnit: { code: '83' },
    });
    const split = (
      await admin.data(`{ targets(campaign: "VNEID-2024", parent: "83") { target allocated unallocated } }`)
    ).targets;
    expect(split).toEqual({ target: 500_000, allocated: 0, unallocated: 500_000 });
    const events = (await admin.data(`{ auditEvents(unit: "83", first: 2) { nodes { action campaign field } } }`))
      .auditEvents.nodes;
    expect(events).toEqual([
      { action: 'target.set', campaign: 'VNEID-2024', field: 'target' },
      { action: 'campaign.create', campaign: 'VNEID-2024', field: 'VNEID-2024' },
    ]);
    expect(
      errorCodes(
        await admin.request(CREATE, {
          input: { code: 'VNEID-2024', name: 'x', startDate: '2024-01-01', deadline: '2024-06-30', rootTarget: 1 },
        }),
      ),
    ).toEqual(['CONFLICT']);
  });

  it('refuses a campaign that is not valid, cell by cell, and writes nothing', async () => {
    const before = await dbFingerprint(server);
    const res = await admin.request(CREATE, {
      input: { code: 'bad code', name: ' ', startDate: '2024-06-30', deadline: '2024-01-01', rootTarget: -5 },
    });
    expect(errorCodes(res)).toEqual(['BAD_USER_INPUT']);
    const fields = (
      res.errors![0]!.extensions!.fields as Array<{ field: string; messageVi: string; messageEn: string }>
    ).map((f) => f.field);
    expect(fields).toEqual(['code', 'name', 'deadline', 'rootTarget']);
    expect(
      errorCodes(
        await admin.request(CREATE, {
          input: { code: 'X-1', name: 'x', startDate: '2024-13-01', deadline: '2024-06-30', rootTarget: 1 },
        }),
      ),
    ).toEqual(['BAD_USER_INPUT']);
    expect(await dbFingerprint(server)).toBe(before);
  });

  it('updates the fields given, one audit event each, and the root target through the targets', async () => {
    const res = await admin.request(UPDATE, {
      input: { code: 'DDDT-2023', deadline: '2023-12-31', description: 'Gia hạn', reason: 'Công văn gia hạn' },
    });
    expect(res.errors).toBeUndefined();
    expect(res.data!.updateCampaign).toMatchObject({
      code: 'DDDT-2023',
      deadline: '2023-12-31',
      description: 'Gia hạn',
      startDate: '2023-09-01',
      rootTarget: 930_767,
    });
    const events = (
      await admin.data(
        `{ auditEvents(unit: "83", action: "campaign.update", first: 5) { nodes { field oldValue newValue reason } } }`,
      )
    ).auditEvents.nodes;
    expect(events).toEqual(
      expect.arrayContaining([
        { field: 'deadline', oldValue: '2023-12-15', newValue: '2023-12-31', reason: 'Công văn gia hạn' },
        expect.objectContaining({ field: 'description', newValue: 'Gia hạn' }),
      ]),
    );
    // Everything reads the new deadline at once: 14-11 to 31-12 is 47 days.
    expect(
      (await admin.data(`{ unit(code: "83") { progress(campaign: "DDDT-2023", asOf: "2023-11-14") { daysLeft } } }`))
        .unit.progress.daysLeft,
    ).toBe(47);

    const target = await admin.request(UPDATE, { input: { code: 'DDDT-2023', rootTarget: 930_800 } });
    expect(target.data!.updateCampaign.rootTarget).toBe(930_800);
    expect(
      (await admin.data(`{ targets(campaign: "DDDT-2023", parent: "83") { version unallocated } }`)).targets,
    ).toEqual({ version: '1', unallocated: 33 });
    await admin.data(UPDATE, { input: { code: 'DDDT-2023', rootTarget: 930_767, deadline: '2023-12-15' } });
  });

  it('reads a blank description as none, keeps it when not given, and any other as sent', async () => {
    const created = await admin.data(
      `mutation ($input: CreateCampaignInput!) { createCampaign(input: $input) { description } }`,
      {
        input: {
          code: 'MO-TA-2024',
          name: 'Mô tả trống',
          description: '   ',
          startDate: '2024-01-01',
          deadline: '2024-06-30',
          rootTarget: 1_000,
        },
      },
    );
    expect(created.createCampaign.description).toBe('');
    const edit = async (input: Record<string, unknown>) =>
      (await admin.data(UPDATE, { input: { code: 'MO-TA-2024', ...input } })).updateCampaign.description as string;
    expect(await edit({ description: ' Đợt 2 ' })).toBe(' Đợt 2 ');
    expect(await edit({ name: 'Mô tả (sửa)' })).toBe(' Đợt 2 ');
    expect(await edit({ description: '\n  ' })).toBe('');
  });

  it('keeps reports inside the campaign and the deadline after the start', async () => {
    const before = await dbFingerprint(server);
    const late = await admin.request(UPDATE, { input: { code: 'DDDT-2023', startDate: '2023-10-01' } });
    expect(errorCodes(late)).toEqual(['BAD_USER_INPUT']);
    expect(late.errors![0]!.extensions!.fields).toEqual([
      expect.objectContaining({ field: 'startDate', messageEn: expect.stringMatching(/2023-09-01/) }),
    ]);
    expect(errorCodes(await admin.request(UPDATE, { input: { code: 'DDDT-2023', deadline: '2023-08-01' } }))).toEqual([
      'BAD_USER_INPUT',
    ]);
    expect(errorCodes(await admin.request(UPDATE, { input: { code: 'NOPE', name: 'x' } }))).toEqual(['NOT_FOUND']);
    expect(await dbFingerprint(server)).toBe(before);
  });
});

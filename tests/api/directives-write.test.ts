import { describe, expect, it } from 'vitest';
import { dbRows } from '../support/db';
import { errorCodes, type GraphQLResponse } from '../support/graphql';
import { useServer } from '../support/use-server';

// Creating, editing and working on directives, with the access rules and the bad input of issue 5.
const { server, admin, official, analyst } = useServer({ logins: ['admin', 'official', 'analyst'] });

const CREATE = `mutation ($input: CreateDirectiveInput!) { createDirective(input: $input) { id number issuedBy { code name } campaign { code }
  tasks(asOf: "2023-11-15") { number kind deadline linkedToTarget assignments { assignee { code } state } } } }`;

/** Kế hoạch 45/KH-UBND of UBND huyện Ba Tri: one unlinked task for two communes, one report. */
const plan = (extra: Record<string, unknown> = {}) => ({
  number: '45/KH-UBND',
  kind: 'KE_HOACH',
  issuer: '836',
  signerTitle: 'Chủ tịch UBND huyện',
  signerName: 'Nguyễn Văn A',
  issuedDate: '2023-11-10',
  title: 'Ra quân cao điểm kích hoạt tài khoản định danh điện tử',
  campaign: 'DDDT-2023',
  attachments: [{ title: 'Kế hoạch (PDF)', url: 'https://example.gov.vn/45-kh.pdf' }],
  tasks: [
    {
      title: 'Tổ chức điểm thu nhận lưu động tại các ấp',
      kind: 'DUE_BY',
      deadline: '2023-12-10',
      assignees: ['29119', '29122'],
    },
    { title: 'Báo cáo kết quả ra quân', kind: 'REPORT_BY', deadline: '2023-12-12', assignees: ['836'] },
  ],
  ...extra,
});

function auditRows(
  action: string,
): Promise<Array<{ username: string; field: string; new_value: string | null; old_value: string | null }>> {
  return dbRows(
    server,
    `SELECT username, field, new_value, old_value FROM audit_event WHERE action = ? ORDER BY id`,
    action,
  );
}

const directiveCount = async () => (await admin.data(`{ directives { totalCount } }`)).directives.totalCount as number;
const fields = (res: GraphQLResponse) =>
  (res.errors?.[0]?.extensions?.fields ?? []) as Array<{
    unit: string | null;
    field: string;
    messageVi: string;
    messageEn: string;
  }>;

describe('creating a directive', () => {
  it('saves a directive with its tasks and lines, audited', async () => {
    const { createDirective } = await admin.data(CREATE, { input: plan() });
    expect(createDirective).toMatchObject({
      number: '45/KH-UBND',
      issuedBy: { code: '836', name: 'UBND huyện Ba Tri' },
      campaign: { code: 'DDDT-2023' },
    });
    expect(createDirective.tasks).toEqual([
      {
        number: 1,
        kind: 'DUE_BY',
        deadline: '2023-12-10',
        linkedToTarget: false,
        assignments: [
          { assignee: { code: '29119' }, state: 'NOT_STARTED' },
          { assignee: { code: '29122' }, state: 'NOT_STARTED' },
        ],
      },
      {
        number: 2,
        kind: 'REPORT_BY',
        deadline: '2023-12-12',
        linkedToTarget: false,
        assignments: [{ assignee: { code: '836' }, state: 'NOT_STARTED' }],
      },
    ]);
    expect((await auditRows('directive.create')).map((r) => [r.username, r.field])).toContainEqual([
      'admin',
      '45/KH-UBND',
    ]);
    expect((await auditRows('directive.task.add')).filter((r) => r.field.startsWith('45/KH-UBND#'))).toHaveLength(2);
  });

  it('refuses a duplicate number for the same issuer (CONFLICT), allows it for a sibling district, then wants the issuer', async () => {
    const before = await directiveCount();
    const dup = await admin.request(CREATE, { input: plan({ tasks: [] }) });
    expect(errorCodes(dup)).toEqual(['CONFLICT']);
    expect(dup.errors?.[0]?.message).toBe(
      'Cơ quan này đã có văn bản số 45/KH-UBND. / This issuer already has a directive numbered 45/KH-UBND.',
    );
    expect(await directiveCount()).toBe(before);
    // Every UBND huyện numbers its own plans: Thạnh Phú's 45/KH-UBND is another letter, which only
    // users above both districts see, and they name the issuer.
    await admin.data(CREATE, { input: plan({ issuer: '837', tasks: [] }) });
    expect(errorCodes(await admin.request(`{ directive(number: "45/KH-UBND") { number } }`))).toEqual([
      'BAD_USER_INPUT',
    ]);
    expect(
      (await admin.data(`{ directive(number: "45/KH-UBND", issuer: "836") { issuedBy { code } } }`)).directive.issuedBy
        .code,
    ).toBe('836');
    expect(
      (await official.data(`{ directive(number: "45/KH-UBND") { issuedBy { code } } }`)).directive.issuedBy.code,
    ).toBe('836');
  });

  it('refuses a number a directive issued above or below already has (CONFLICT), on create and on renumbering', async () => {
    const before = await directiveCount();
    const above = await admin.request(CREATE, {
      input: plan({ issuer: '83', signerTitle: 'Chủ tịch UBND tỉnh', tasks: [] }),
    });
    expect(errorCodes(above)).toEqual(['CONFLICT']);
    expect(above.errors?.[0]?.extensions).toMatchObject({
      messageVi:
        'Số 45/KH-UBND đã dùng cho văn bản của UBND huyện Ba Tri (836), đơn vị cấp trên hoặc cấp dưới của cơ quan ban hành: những người xem được cả hai sẽ không phân biệt được. Hãy dùng số khác.',
      messageEn:
        'The number 45/KH-UBND is already used by a directive of UBND huyện Ba Tri (836), above or below the issuer: people who see both could not tell them apart. Use another number.',
    });
    expect(await directiveCount()).toBe(before);
    const renumber = await admin.request(
      `mutation { updateDirective(input: { directive: "45/KH-UBND", issuer: "836", number: "7027/UBND-KSTT" }) { number } }`,
    );
    expect(errorCodes(renumber)).toEqual(['CONFLICT']);
    expect(renumber.errors?.[0]?.message).toContain('UBND tỉnh Bến Tre (83)');
    // Nothing moved: both letters are still found by their number alone by those who see them.
    expect(
      (await official.data(`{ directive(number: "7027/UBND-KSTT") { issuedBy { code } } }`)).directive.issuedBy.code,
    ).toBe('83');
    expect((await official.data(`{ directive(number: "45/KH-UBND") { number } }`)).directive.number).toBe('45/KH-UBND');
  });

  it("refuses a deadline before the issue date, unknown assignees and units outside the issuer's scope, writing nothing", async () => {
    const before = await directiveCount();
    const res = await admin.request(CREATE, {
      input: plan({
        number: '46/KH-UBND',
        tasks: [
          { title: 'Sớm quá', kind: 'DUE_BY', deadline: '2023-11-09', assignees: ['29119'] },
          { title: 'Sai đơn vị', kind: 'ONGOING', assignees: ['99999', '28756', 'CAT-83', '2911901'] },
        ],
      }),
    });
    expect(errorCodes(res)).toEqual(['BAD_USER_INPUT']);
    expect(res.errors?.[0]?.message).toContain('không có gì được lưu');
    expect(fields(res).map((f) => [f.unit, f.field])).toEqual([
      [null, 'deadline'],
      ['99999', 'assignees'],
      ['28756', 'assignees'],
      ['CAT-83', 'assignees'],
      ['2911901', 'assignees'],
    ]);
    expect(fields(res)[0]!.messageEn).toBe('Task 1: The deadline 2023-11-09 is before the issue date 2023-11-10.');
    expect(fields(res)[0]!.messageVi).toBe('Nhiệm vụ 1: Hạn 2023-11-09 trước ngày ban hành 2023-11-10.');
    expect(fields(res)[2]!.messageEn).toBe('"28756" is outside the issuer\'s scope.');
    expect(await directiveCount()).toBe(before);
    expect((await auditRows('directive.create')).filter((r) => r.field === '46/KH-UBND')).toEqual([]);
  });

  it('refuses other bad shapes: a linked REPORT_BY task, an ONGOING deadline, a bad link, an issue date after today', async () => {
    const bad = [
      { tasks: [{ title: 'x', kind: 'REPORT_BY', deadline: '2023-12-01', linkedToTarget: true, assignees: ['836'] }] },
      { tasks: [{ title: 'x', kind: 'ONGOING', deadline: '2023-12-01', assignees: ['836'] }] },
      { attachments: [{ title: 'x', url: 'javascript:alert(1)' }] },
      { issuedDate: '2023-11-16' },
      { campaign: 'KHONG-CO' },
      { number: '   ' },
    ];
    for (const extra of bad)
      expect(
        errorCodes(await admin.request(CREATE, { input: plan({ number: '47/KH-UBND', ...extra }) })),
        JSON.stringify(extra),
      ).toEqual(['BAD_USER_INPUT']);
  });

  it('lets only admins whose scope holds the issuer create', async () => {
    for (const client of [official, analyst]) {
      const res = await client.request(CREATE, { input: plan({ number: '48/KH-UBND', tasks: [] }) });
      expect(errorCodes(res)).toEqual(['FORBIDDEN']);
    }
  });
});

describe('editing a directive, its tasks and assignees', () => {
  const ref = { directive: '45/KH-UBND', issuer: '836' };

  it('updates the header, audited with before and after', async () => {
    const { updateDirective } = await admin.data(
      `mutation ($input: UpdateDirectiveInput!) { updateDirective(input: $input) { title status signerName attachments { url } } }`,
      { input: { ...ref, title: 'Ra quân cao điểm (sửa)', signerName: '' } },
    );
    expect(updateDirective).toEqual({
      title: 'Ra quân cao điểm (sửa)',
      status: 'IN_FORCE',
      signerName: null,
      attachments: [{ url: 'https://example.gov.vn/45-kh.pdf' }],
    });
    const [event] = await auditRows('directive.update');
    expect(JSON.parse(event!.old_value!)).toEqual({
      signerName: 'Nguyễn Văn A',
      title: 'Ra quân cao điểm kích hoạt tài khoản định danh điện tử',
    });
    expect(JSON.parse(event!.new_value!)).toEqual({ signerName: null, title: 'Ra quân cao điểm (sửa)' });
    const future = await admin.request(
      `mutation { updateDirective(input: { directive: "45/KH-UBND", issuer: "836", issuedDate: "2023-11-16" }) { issuedDate } }`,
    );
    expect(errorCodes(future)).toEqual(['BAD_USER_INPUT']);
    expect(
      errorCodes(
        await analyst.request(
          `mutation { updateDirective(input: { directive: "45/KH-UBND", issuer: "836", title: "x" }) { title } }`,
        ),
      ),
    ).toEqual(['FORBIDDEN']);
  });

  it('adds, changes and removes tasks and assignees', async () => {
    const add = await admin.data(
      `mutation { addTask(input: { directive: "45/KH-UBND", issuer: "836", title: "Tuyên truyền", kind: ONGOING, assignees: ["836"] }) { number kind lineCount } }`,
    );
    expect(add.addTask).toEqual({ number: 3, kind: 'ONGOING', lineCount: 1 });
    const upd = await admin.data(
      `mutation { updateTask(input: { directive: "45/KH-UBND", issuer: "836", task: 3, kind: DUE_BY, deadline: "2023-11-12" }) { number kind deadline } }`,
    );
    expect(upd.updateTask).toEqual({ number: 3, kind: 'DUE_BY', deadline: '2023-11-12' });
    // The issue date cannot move past a task's deadline.
    const late = await admin.request(
      `mutation { updateDirective(input: { directive: "45/KH-UBND", issuer: "836", issuedDate: "2023-11-13" }) { issuedDate } }`,
    );
    expect(errorCodes(late)).toEqual(['BAD_USER_INPUT']);
    expect(fields(late)[0]!.messageEn).toBe('Task 3 is due 2023-11-12, before the issue date 2023-11-13.');
    expect(
      errorCodes(
        await admin.request(
          `mutation { updateTask(input: { directive: "45/KH-UBND", issuer: "836", task: 3, deadline: "2023-11-01" }) { number } }`,
        ),
      ),
    ).toEqual(['BAD_USER_INPUT']);
    const more = await admin.data(
      `mutation { addAssignees(input: { directive: "45/KH-UBND", issuer: "836", task: 3, assignees: ["29119", "29110"] }) { assignments { assignee { code } } } }`,
    );
    expect(more.addAssignees.assignments.map((a: any) => a.assignee.code)).toEqual(['836', '29110', '29119']);
    expect(
      errorCodes(
        await admin.request(
          `mutation { addAssignees(input: { directive: "45/KH-UBND", issuer: "836", task: 3, assignees: ["29119"] }) { number } }`,
        ),
      ),
    ).toEqual(['CONFLICT']);
    const less = await admin.data(
      `mutation { removeAssignee(input: { directive: "45/KH-UBND", issuer: "836", task: 3, assignee: "29110", reason: "Nhầm đơn vị" }) { assignments { assignee { code } } } }`,
    );
    expect(less.removeAssignee.assignments.map((a: any) => a.assignee.code)).toEqual(['836', '29119']);
    const gone = await admin.data(
      `mutation { removeTask(input: { directive: "45/KH-UBND", issuer: "836", task: 3, reason: "Gộp vào nhiệm vụ 1" }) { tasks { number } } }`,
    );
    expect(gone.removeTask.tasks.map((t: any) => t.number)).toEqual([1, 2]);
    expect((await auditRows('directive.task.remove')).at(-1)).toMatchObject({
      username: 'admin',
      field: '45/KH-UBND#3',
    });
    expect((await auditRows('directive.line.remove')).at(-1)).toMatchObject({ username: 'admin', old_value: '29110' });
    expect(
      errorCodes(
        await official.request(
          `mutation { removeTask(input: { directive: "45/KH-UBND", issuer: "836", task: 1 }) { id } }`,
        ),
      ),
    ).toEqual(['FORBIDDEN']);
  });

  it('reads a blank summary, full text or task wording as none, keeps it when not given and any other text as sent', async () => {
    const HEADER = `summary fullText tasks(asOf: "2023-11-15") { text }`;
    const created = await admin.data(
      `mutation ($input: CreateDirectiveInput!) { createDirective(input: $input) { ${HEADER} } }`,
      {
        input: plan({
          number: '49/KH-UBND',
          summary: '   ',
          fullText: '\n\t ',
          tasks: [{ title: 'Tuyên truyền', text: '  ', kind: 'ONGOING', assignees: ['836'] }],
        }),
      },
    );
    expect(created.createDirective).toEqual({ summary: '', fullText: '', tasks: [{ text: '' }] });
    const UPDATE = `mutation ($input: UpdateDirectiveInput!) { updateDirective(input: $input) { ${HEADER} } }`;
    const own = { directive: '49/KH-UBND', issuer: '836' };
    expect(
      (await admin.data(UPDATE, { input: { ...own, summary: ' Tóm tắt ', fullText: 'Toàn văn' } })).updateDirective,
    ).toEqual({ summary: ' Tóm tắt ', fullText: 'Toàn văn', tasks: [{ text: '' }] });
    expect((await admin.data(UPDATE, { input: { ...own, fullText: '   ' } })).updateDirective).toMatchObject({
      summary: ' Tóm tắt ',
      fullText: '',
    });
    const TASK = `mutation ($input: UpdateTaskInput!) { updateTask(input: $input) { text } }`;
    expect((await admin.data(TASK, { input: { ...own, task: 1, text: 'Nội dung' } })).updateTask).toEqual({
      text: 'Nội dung',
    });
    expect((await admin.data(TASK, { input: { ...own, task: 1, title: 'Tuyên truyền (sửa)' } })).updateTask).toEqual({
      text: 'Nội dung',
    });
    expect((await admin.data(TASK, { input: { ...own, task: 1, text: ' ' } })).updateTask).toEqual({ text: '' });
    // A blank reason is no reason in the audit either.
    await admin.data(
      `mutation { removeTask(input: { directive: "49/KH-UBND", issuer: "836", task: 1, reason: "  " }) { number } }`,
    );
    expect(
      await dbRows(
        server,
        `SELECT reason FROM audit_event WHERE action = 'directive.task.remove' AND field = '49/KH-UBND#1'`,
      ),
    ).toEqual([{ reason: null }]);
  });
});

describe('working on a line', () => {
  const LINE = `query ($asOf: Date) { directive(number: "45/KH-UBND", issuer: "836") { task(number: 1, asOf: $asOf) { state percentDone
    assignments { assignee { code } state percentDone latestUpdate { text percent author date } } } } }`;
  const POST = `mutation ($input: ProgressUpdateInput!) { postProgressUpdate(input: $input) { state percentDone canUpdate } }`;
  const line = (extra: Record<string, unknown>) => ({
    directive: '45/KH-UBND',
    issuer: '836',
    task: 1,
    assignee: '29119',
    ...extra,
  });

  it('lets the official of Tân Xuân update their own line, and only theirs', async () => {
    // Issued 10-11, due 10-12: on 15-11, 5 of 30 days (16.7%) have passed.
    const behind = await official.data(POST, { input: line({ text: 'Đã tổ chức 1 điểm lưu động', percent: 0.1 }) });
    expect(behind.postProgressUpdate).toEqual({ state: 'AT_RISK', percentDone: 0.1, canUpdate: true });
    const ahead = await official.data(POST, { input: line({ text: 'Thêm 3 điểm lưu động', percent: 0.4 }) });
    expect(ahead.postProgressUpdate.state).toBe('ON_TRACK');
    expect(
      errorCodes(await official.request(POST, { input: line({ assignee: '29122', text: 'x', percent: 0.5 }) })),
    ).toEqual(['FORBIDDEN']);
    expect(errorCodes(await analyst.request(POST, { input: line({ text: 'x', percent: 0.5 }) }))).toEqual([
      'FORBIDDEN',
    ]);
    const read = await official.request(LINE, { asOf: '2023-11-15' });
    expect(errorCodes(read)).toEqual(['FORBIDDEN']);
    const own = read.data!.directive.task;
    expect(own.percentDone).toBeNull();
    expect(own.assignments).toEqual([
      {
        assignee: { code: '29119' },
        state: 'ON_TRACK',
        percentDone: 0.4,
        latestUpdate: { text: 'Thêm 3 điểm lưu động', percent: 0.4, author: 'official', date: '2023-11-15' },
      },
    ]);
    // The other commune has not started: the task is NOT_STARTED overall; its percent is not the official's to read.
    expect(own.state).toBe('NOT_STARTED');
    expect((await auditRows('directive.update.post')).map((r) => r.username)).toEqual(['official', 'official']);
  });

  it('refuses bad updates: no percent, a percent over 1, a future date, a date before the issue', async () => {
    for (const extra of [
      { text: 'x' },
      { text: 'x', percent: 1.5 },
      { text: 'x', percent: 0.5, date: '2023-11-16' },
      { text: 'x', percent: 0.5, date: '2023-11-09' },
      { text: '  ', percent: 0.5 },
    ]) {
      expect(errorCodes(await official.request(POST, { input: line(extra) })), JSON.stringify(extra)).toEqual([
        'BAD_USER_INPUT',
      ]);
    }
  });

  it('marks the line done, which the state keeps from that date on', async () => {
    const res = await official.data(
      `mutation { markLineDone(input: { directive: "45/KH-UBND", issuer: "836", task: 1, assignee: "29119", text: "Hoàn thành 5 điểm" }) { state percentDone } }`,
    );
    expect(res.markLineDone).toEqual({ state: 'DONE', percentDone: 1 });
    const after = (await admin.data(LINE, { asOf: '2023-12-20' })).directive.task;
    expect(after.assignments.map((a: any) => [a.assignee.code, a.state])).toEqual([
      ['29119', 'DONE'],
      ['29122', 'OVERDUE'],
    ]);
    expect(after).toMatchObject({ state: 'OVERDUE', percentDone: 0.5 });
    expect((await admin.data(LINE, { asOf: '2023-11-14' })).directive.task.assignments[0].state).toBe('NOT_STARTED');
  });

  it("never ticks a line linked to the target, and keeps agencies' lines for admins of their home unit", async () => {
    const linked = await admin.request(POST, {
      input: { directive: '7027/UBND-KSTT', task: 2, assignee: '836', text: 'x', percent: 1 },
    });
    expect(errorCodes(linked)).toEqual(['BAD_USER_INPUT']);
    expect(linked.errors?.[0]?.message).toContain('never ticked by hand');
    expect(
      errorCodes(
        await admin.request(`mutation { markLineDone(input: { directive: "7027/UBND-KSTT", task: 4 }) { state } }`),
      ),
    ).toEqual(['BAD_USER_INPUT']);
    const note = await admin.data(POST, {
      input: { directive: '7027/UBND-KSTT', task: 1, assignee: 'CAT-83', text: 'Ra quân 50 tổ lưu động' },
    });
    expect(note.postProgressUpdate).toEqual({ state: 'ON_TRACK', percentDone: null, canUpdate: true });
    expect(
      errorCodes(
        await official.request(POST, {
          input: { directive: '7027/UBND-KSTT', task: 1, assignee: 'CAT-83', text: 'x' },
        }),
      ),
    ).toEqual(['FORBIDDEN']);
    expect(
      errorCodes(
        await official.request(POST, {
          input: { directive: '7027/UBND-KSTT', task: 1, assignee: '29119', text: 'Họp dân ấp 3' },
        }),
      ),
    ).toEqual([]);
    expect(
      errorCodes(
        await admin.request(
          `mutation { markLineDone(input: { directive: "7027/UBND-KSTT", task: 1, assignee: "29119" }) { state } }`,
        ),
      ),
    ).toEqual(['BAD_USER_INPUT']);
  });
});

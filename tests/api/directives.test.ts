import { describe, expect, it } from 'vitest';
import { ApiClient, errorCodes } from '../support/graphql';
import { useServer } from '../support/use-server';

// Công văn 7027/UBND-KSTT as the demo seeds it (DESIGN.md): its five tasks, read through the
// public contract on 14-11-2023 (the article's day) and on 16-12-2023 (after the deadline).
const { server, admin, official, analyst } = useServer({ logins: ['admin', 'official', 'analyst'] });

const CONTRACT = `query ($asOf: Date) { directive(number: "7027/UBND-KSTT", issuer: "83") {
  number title issuedBy { name }
  tasks(asOf: $asOf) { title kind deadline state percentDone assignments { assignee { name code } state percentDone } } } }`;

const DISTRICT_LINES = `query ($asOf: Date) { directive(number: "7027/UBND-KSTT") {
  lines(asOf: $asOf, task: 2, level: DISTRICT) { totalCount nodes { assignee { code } state percentDone
    progress { target collected activated collectedRate activatedRate state } } } } }`;

const byCode = (lines: any[]) => new Map<string, any>(lines.map((l) => [l.assignee.code, l]));

describe('Công văn 7027 on 14-11-2023', () => {
  it('answers the public contract with its five tasks and their lines', async () => {
    const { directive } = await admin.data(CONTRACT, { asOf: '2023-11-14' });
    expect(directive).toMatchObject({ number: '7027/UBND-KSTT', issuedBy: { name: 'UBND tỉnh Bến Tre' } });
    expect(directive.title).toContain('đẩy nhanh tiến độ thu nhận, kích hoạt');
    const tasks = directive.tasks;
    expect(tasks.map((t: any) => [t.kind, t.deadline])).toEqual([
      ['ONGOING', null],
      ['DUE_BY', '2023-12-15'],
      ['ONGOING', null],
      ['DUE_BY', '2023-12-15'],
      ['REPORT_BY', '2023-12-18'],
    ]);
    expect(tasks.map((t: any) => t.assignments.length)).toEqual([169, 166, 2, 1, 1]);
    expect(tasks.map((t: any) => t.state)).toEqual(['ON_TRACK', 'AT_RISK', 'ON_TRACK', 'AT_RISK', 'NOT_STARTED']);
    // The issuer is optional when the number is unambiguous.
    expect((await admin.data(`{ directive(number: "7027/UBND-KSTT") { number } }`)).directive.number).toBe(
      '7027/UBND-KSTT',
    );
  });

  it("tracks the province target through Công an tỉnh's line: AT_RISK at 71.30% activated", async () => {
    const { directive } = await admin.data(CONTRACT, { asOf: '2023-11-14' });
    const task4 = directive.tasks[3];
    expect(task4.assignments).toEqual([
      { assignee: { name: 'Công an tỉnh Bến Tre', code: 'CAT-83' }, state: 'AT_RISK', percentDone: 663_614 / 930_767 },
    ]);
    expect(task4.percentDone).toBe(663_614 / 930_767);
    const [report] = directive.tasks[4].assignments;
    expect(report).toEqual({
      assignee: { name: 'Công an tỉnh Bến Tre', code: 'CAT-83' },
      state: 'NOT_STARTED',
      percentDone: 0,
    });
  });

  it("tells the article's story district by district", async () => {
    const { lines } = (await admin.data(DISTRICT_LINES, { asOf: '2023-11-14' })).directive;
    expect(lines.totalCount).toBe(9);
    const d = byCode(lines.nodes);
    for (const code of ['837', '831']) {
      expect(d.get(code).state, code).toBe('ON_TRACK');
      expect(d.get(code).progress.collectedRate).toBeGreaterThanOrEqual(1);
      expect(d.get(code).percentDone).toBe(d.get(code).progress.activatedRate);
    }
    for (const code of ['836', '838']) expect(d.get(code).state, code).toBe('AT_RISK');
    expect((d.get('837').percentDone * 100).toFixed(2)).toBe('83.77');
    expect((d.get('836').percentDone * 100).toFixed(2)).toBe('56.85');
    const ranked = [...d.values()].sort((a, b) => a.percentDone - b.percentDone).map((l) => l.assignee.code);
    expect(ranked.slice(0, 2)).toEqual(['836', '838']);
    expect(ranked.slice(-2)).toEqual(['831', '837']);
  });

  it('filters every AT_RISK commune of Ba Tri, a page at a time', async () => {
    const q = `query ($after: String) { directive(number: "7027/UBND-KSTT") {
      lines(asOf: "2023-11-14", state: AT_RISK, under: "836", level: COMMUNE, orderBy: WORST_FIRST, first: 10, after: $after) {
        totalCount pageInfo { hasNextPage endCursor } nodes { assignee { code } unit { code level } state percentDone } } } }`;
    const seen: any[] = [];
    let after: string | null = null;
    let total = 0;
    do {
      const page: any = (await admin.data(q, { after })).directive.lines;
      seen.push(...page.nodes);
      total = page.totalCount;
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    expect(seen.length).toBe(total);
    expect(total).toBeGreaterThan(10);
    expect(seen.every((l) => l.state === 'AT_RISK' && l.unit.level === 'COMMUNE')).toBe(true);
    const all = (
      await admin.data(
        `{ directive(number: "7027/UBND-KSTT") { lines(asOf: "2023-11-14", task: 2, under: "836", level: COMMUNE, first: 100) { nodes { state } } } }`,
      )
    ).directive.lines.nodes;
    expect(all).toHaveLength(23);
    expect(seen).toHaveLength(all.filter((l: any) => l.state === 'AT_RISK').length);
  });

  it('lists the directive with its state and nearest deadline', async () => {
    const q = `query ($asOf: Date) { directives(asOf: $asOf) { totalCount nodes { number state nearestDeadline issuedBy { code } } } }`;
    expect((await admin.data(q, { asOf: '2023-11-14' })).directives).toEqual({
      totalCount: 1,
      nodes: [{ number: '7027/UBND-KSTT', state: 'AT_RISK', nearestDeadline: '2023-12-15', issuedBy: { code: '83' } }],
    });
    expect(
      (await admin.data(`{ directives(state: OVERDUE, asOf: "2023-11-14") { totalCount } }`)).directives.totalCount,
    ).toBe(0);
  });

  it('reads all 166 lines of task 2 in one quick request', async () => {
    const started = performance.now();
    const { directive } = await admin.data(CONTRACT, { asOf: '2023-11-14' });
    const ms = performance.now() - started;
    expect(directive.tasks[1].assignments).toHaveLength(166);
    expect(ms).toBeLessThan(2_000);
  });
});

describe('Công văn 7027 on 16-12-2023, with no new reports', () => {
  it('has every unmet line OVERDUE', async () => {
    const { directive } = await admin.data(CONTRACT, { asOf: '2023-12-16' });
    expect(directive.tasks.map((t: any) => t.state)).toEqual([
      'ON_TRACK',
      'OVERDUE',
      'ON_TRACK',
      'OVERDUE',
      'NOT_STARTED',
    ]);
    const lines = directive.tasks[1].assignments;
    const overdue = lines.filter((l: any) => l.state === 'OVERDUE');
    expect(overdue.length).toBeGreaterThan(150);
    expect(lines.every((l: any) => l.state === 'OVERDUE' || (l.state === 'DONE' && l.percentDone === 1))).toBe(true);
    expect(overdue.every((l: any) => l.percentDone < 1)).toBe(true);
    expect(directive.tasks[3].assignments[0].state).toBe('OVERDUE');
    const { lines: districts } = (await admin.data(DISTRICT_LINES, { asOf: '2023-12-16' })).directive;
    expect(districts.nodes.every((l: any) => l.state === 'OVERDUE' && l.progress.state === 'OVERDUE')).toBe(true);
  });

  it('keeps the figures of 14-11 and moves the directive to OVERDUE; the report is overdue after 18-12', async () => {
    const { directive } = await admin.data(CONTRACT, { asOf: '2023-12-16' });
    expect(directive.tasks[3].percentDone).toBe(663_614 / 930_767);
    const q = `query ($asOf: Date) { directive(number: "7027/UBND-KSTT") { state(asOf: $asOf) nearestDeadline(asOf: $asOf) task(number: 5, asOf: $asOf) { state } } }`;
    expect((await admin.data(q, { asOf: '2023-12-16' })).directive).toEqual({
      state: 'OVERDUE',
      nearestDeadline: '2023-12-15',
      task: { state: 'NOT_STARTED' },
    });
    expect((await admin.data(q, { asOf: '2023-12-18' })).directive.task.state).toBe('NOT_STARTED');
    expect((await admin.data(q, { asOf: '2023-12-19' })).directive.task.state).toBe('OVERDUE');
  });
});

describe('who sees what', () => {
  it("shows the official of Tân Xuân their own lines and each task's overall state", async () => {
    expect((await official.data(`{ directives { totalCount nodes { number state } } }`)).directives.totalCount).toBe(1);
    const { directive } = await official.data(`{ directive(number: "7027/UBND-KSTT") { issuedBy { name }
      tasks(asOf: "2023-11-14") { number state lineCount assignments { assignee { code } state canUpdate } } } }`);
    expect(directive.issuedBy.name).toBe('UBND tỉnh Bến Tre');
    expect(directive.tasks.map((t: any) => t.state)).toEqual([
      'ON_TRACK',
      'AT_RISK',
      'ON_TRACK',
      'AT_RISK',
      'NOT_STARTED',
    ]);
    expect(directive.tasks.map((t: any) => t.lineCount)).toEqual([169, 166, 2, 1, 1]);
    expect(directive.tasks.map((t: any) => t.assignments.map((a: any) => a.assignee.code))).toEqual([
      ['29119'],
      ['29119'],
      [],
      [],
      [],
    ]);
    expect(directive.tasks[0].assignments[0].canUpdate).toBe(true);
    expect(directive.tasks[1].assignments[0].canUpdate).toBe(false);
  });

  it("keeps figures above the official's commune out of reach", async () => {
    const res = await official.request(
      `{ directive(number: "7027/UBND-KSTT") { task(number: 4, asOf: "2023-11-14") { state percentDone } } }`,
    );
    expect(res.data?.directive.task).toEqual({ state: 'AT_RISK', percentDone: null });
    expect(errorCodes(res)).toEqual(['FORBIDDEN']);
    expect(
      errorCodes(
        await official.request(`{ directive(number: "7027/UBND-KSTT") { lines(under: "836") { totalCount } } }`),
      ),
    ).toEqual(['FORBIDDEN']);
    expect(
      errorCodes(await official.request(`{ directiveReport(directive: "7027/UBND-KSTT", task: 5) { asOf } }`)),
    ).toEqual(['FORBIDDEN']);
  });

  it('lets the analyst read everything in scope', async () => {
    const { directive } = await analyst.data(CONTRACT, { asOf: '2023-11-14' });
    expect(directive.tasks[1].assignments).toHaveLength(166);
    expect(directive.tasks[1].percentDone).toBeGreaterThan(0);
  });

  it('answers NOT_FOUND for an unknown number and UNAUTHENTICATED without a session', async () => {
    expect(errorCodes(await admin.request(`{ directive(number: "1/KHONG-CO") { number } }`))).toEqual(['NOT_FOUND']);
    expect(
      errorCodes(await admin.request(`{ directive(number: "7027/UBND-KSTT", issuer: "XX-1") { number } }`)),
    ).toEqual(['NOT_FOUND']);
    expect(errorCodes(await new ApiClient(server.url).request(`{ directives { totalCount } }`))).toEqual([
      'UNAUTHENTICATED',
    ]);
  });
});

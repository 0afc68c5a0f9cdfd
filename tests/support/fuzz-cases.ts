import type { ApiClient } from './graphql';

/**
 * A valid call of every mutation, for the fuzz test (tests/api/fuzz-mutations.test.ts) to spoil
 * one field at a time. A mutation missing here fails that test: whoever adds one adds its call.
 */
export type Role = 'admin' | 'official' | 'analyst' | 'self';

export interface Tally {
  unit: string;
  collected: number;
  activated: number;
}

export interface FuzzContext {
  clients: Record<Role, ApiClient>;
  /** Codes of Huyện Ba Tri's communes; the first is Xã Tân Xuân (29119), the official's scope. */
  communes: string[];
  /** A hamlet of Tân Xuân (the official's) and one of Xã Mỹ Chánh, with their figures on 15-11. */
  ownHamlet: Tally;
  otherHamlet: Tally;
  /** A child of Ba Tri and a hamlet of Tân Xuân, with their targets. */
  districtChild: { unit: string; target: number };
  communeChild: { unit: string; target: number };
  /** An example saved query (anyone may copy it). */
  exampleId: string;
  /** Saved queries by "role:n": "admin:0" and "analyst:0" from the set-up, prepare() makes "admin:n". */
  savedIds: Map<string, string>;
  /** The current password of the "self" user (fuzz.self), who changes their own. */
  selfPassword: string;
}

/** Variables of a valid call. n is 0 for the refusals; 1, 2, … each call that must succeed. */
type Baseline = (ctx: FuzzContext, n: number) => Record<string, unknown>;

/** Where an accepted hostile value must come back exactly as sent. */
export type Stored =
  | { table: string; column: string; json?: boolean }
  /** A password: logging in with it must work. */
  | { login: (ctx: FuzzContext, n: number) => string };

export interface Accepted {
  /** Variant kinds ("string:emoji") that are valid input for this field. */
  kinds: readonly string[];
  /** Where they must come back exactly as sent (null: nowhere to look). */
  stored: Stored | null;
  /** Kinds that are valid but not kept as sent: a blank optional text means none (no reason, the default name). */
  blank?: readonly string[];
  /**
   * What a blank is stored as: null, or '' where the column keeps '' for none. A blank sent any other
   * way ("   ", or "" in a column of nulls) must not appear in the stored column.
   */
  none?: '' | null;
}

export interface FuzzCase {
  /** Who fuzzes it, with that role's valid call. */
  as: Partial<Record<Role, Baseline>>;
  /** Fields (variant paths) where some hostile values are valid input and must be stored as sent. */
  accepts?: Record<string, Accepted>;
  /** Makes what call n (n ≥ 1) needs: a fresh directive, user, saved query. */
  prepare?: (ctx: FuzzContext, n: number) => Promise<void>;
  /** Valid values of these fields may all go to the fuzzed call's things (n = 0): repeating the call is harmless. */
  reuse?: (path: string) => boolean;
}

/** Free text: any Unicode, SQL and path look-alikes are just words to store. */
export const TEXT = [
  'string:rtl',
  'string:emoji',
  'string:combining',
  'string:sql-drop',
  'string:sql-or',
  'string:path-up',
  'string:path-code',
  'string:path-encoded',
] as const;
/** A password may be any characters (4 to 200). */
const PASSWORD = TEXT;

const BLANK = ['string:empty', 'string:blank'] as const;
const none = (blank: readonly string[]): Accepted => ({ kinds: [], stored: null, blank });
/** An empty optional code reads as not given ("issuer": "" finds the directive by its number alone). */
const EMPTY_CODE = none(['string:empty']);
const stored = (table: string, column: string, kinds: readonly string[] = TEXT): Accepted => ({
  kinds,
  stored: { table, column },
});
/** Optional free text: stored as sent, or as none when blank (null, or '' where the column keeps '' for none). */
const optional = (table: string, column: string, none: '' | null = null): Accepted => ({
  ...stored(table, column),
  blank: BLANK,
  none,
});
/** Short fields (a number, a label: 60 characters) refuse the 80-character run of combining marks. */
const SHORT = TEXT.filter((k) => k !== 'string:combining');
const storedJson = (table: string, column: string): Accepted => ({
  kinds: TEXT,
  stored: { table, column, json: true },
});

/** Directive "FZ-<n>/KH" of UBND huyện Ba Tri: task 1 (DUE_BY) for two communes, task 2 (REPORT_BY) for the district. */
export const directiveNumber = (n: number) => `FZ-${n}/KH`;

export async function createDirective(ctx: FuzzContext, n: number): Promise<void> {
  await ctx.clients.admin.data(`mutation ($input: CreateDirectiveInput!) { createDirective(input: $input) { id } }`, {
    input: {
      number: directiveNumber(n),
      kind: 'KE_HOACH',
      issuer: '836',
      signerTitle: 'Chủ tịch UBND huyện',
      issuedDate: '2023-11-01',
      title: 'Kế hoạch thử',
      campaign: 'DDDT-2023',
      tasks: [
        {
          title: 'Tổ chức điểm lưu động',
          kind: 'DUE_BY',
          deadline: '2023-12-10',
          assignees: [ctx.communes[0], ctx.communes[1]],
        },
        { title: 'Báo cáo kết quả', kind: 'REPORT_BY', deadline: '2023-12-12', assignees: ['836'] },
      ],
    },
  });
}

async function createUser(ctx: FuzzContext, username: string): Promise<void> {
  await ctx.clients.admin.data(`mutation ($input: CreateUserInput!) { createUser(input: $input) { username } }`, {
    input: { username, password: 'demo-pass', role: 'OFFICIAL', scope: '29119' },
  });
}

const ref = (n: number) => ({ directive: directiveNumber(n), issuer: '836' });
const userOf = (n: number) => `fuzz.user${n}`;
const savedId = (ctx: FuzzContext, role: Role, n: number) => ctx.savedIds.get(`${role}:${n}`);

/** A saved query of this role's user, as "role:n". */
export async function saveQuery(ctx: FuzzContext, role: Role, n: number | string): Promise<void> {
  const res = await ctx.clients[role].data(
    `mutation { saveQuery(input: { name: "Của tôi", query: "{ today }" }) { id } }`,
  );
  ctx.savedIds.set(`${role}:${n}`, res.saveQuery.id as string);
}

export const CASES: Record<string, FuzzCase> = {
  login: { as: { admin: () => ({ username: 'fuzz.login', password: 'demo-pass' }) } },
  logout: { as: {} },
  clearQueryHistory: { as: { admin: () => ({}), analyst: () => ({}) } },
  changeMyPassword: {
    as: { self: (ctx) => ({ oldPassword: ctx.selfPassword, newPassword: 'demo-pass-2' }) },
    accepts: { newPassword: { kinds: PASSWORD, stored: { login: () => 'fuzz.self' } } },
  },
  createUser: {
    as: {
      admin: (_ctx, n) => ({
        input: { username: `fuzz.new${n}`, password: 'demo-pass', role: 'OFFICIAL', scope: '29119' },
      }),
    },
    accepts: { 'input.password': { kinds: PASSWORD, stored: { login: (_ctx, n) => `fuzz.new${n}` } } },
  },
  resetPassword: {
    as: { admin: (_ctx, n) => ({ username: userOf(n), password: 'demo-pass-2' }) },
    accepts: { password: { kinds: PASSWORD, stored: { login: (_ctx, n) => userOf(n) } } },
    prepare: (ctx, n) => createUser(ctx, userOf(n)),
    reuse: () => true,
  },
  deactivateUser: {
    as: { admin: (_ctx, n) => ({ username: userOf(n) }) },
    prepare: (ctx, n) => createUser(ctx, userOf(n)),
  },
  revokeSessions: {
    as: { admin: (_ctx, n) => ({ username: userOf(n) }) },
    prepare: (ctx, n) => createUser(ctx, userOf(n)),
  },
  reactivateUser: {
    as: { admin: (_ctx, n) => ({ username: `fuzz.off${n}` }) },
    prepare: async (ctx, n) => {
      await createUser(ctx, `fuzz.off${n}`);
      await ctx.clients.admin.data(`mutation { deactivateUser(username: "fuzz.off${n}") { active } }`);
    },
  },
  createCampaign: {
    as: {
      admin: (_ctx, n) => ({
        input: {
          code: `FZ-${n}`,
          name: 'Chiến dịch thử',
          description: 'Mô tả',
          collectedLabel: 'Thu nhận',
          activatedLabel: 'Kích hoạt',
          startDate: '2024-01-01',
          deadline: '2024-06-30',
          rootTarget: 1_000,
          rootUnit: '83',
        },
      }),
    },
    accepts: {
      'input.name': stored('campaign', 'name'),
      'input.description': optional('campaign', 'description', ''),
      'input.collectedLabel': stored('campaign', 'collected_label', SHORT),
      'input.activatedLabel': stored('campaign', 'activated_label', SHORT),
    },
  },
  updateCampaign: {
    as: {
      admin: () => ({
        input: {
          code: 'FZ-U',
          name: 'Chiến dịch thử (sửa)',
          description: 'Mô tả mới',
          collectedLabel: 'Thu',
          activatedLabel: 'Kích',
          startDate: '2024-01-02',
          deadline: '2024-07-01',
          rootTarget: 2_000,
          reason: 'Điều chỉnh',
        },
      }),
    },
    accepts: {
      'input.name': stored('campaign', 'name'),
      'input.description': optional('campaign', 'description', ''),
      'input.collectedLabel': stored('campaign', 'collected_label', SHORT),
      'input.activatedLabel': stored('campaign', 'activated_label', SHORT),
      'input.reason': optional('audit_event', 'reason'),
    },
  },
  assignTargets: {
    as: {
      admin: (ctx, n) => ({
        input: {
          campaign: 'DDDT-2023',
          parent: '836',
          targets: [{ unit: ctx.districtChild.unit, target: ctx.districtChild.target + n }],
          reason: 'Điều chỉnh',
        },
      }),
      official: (ctx, n) => ({
        input: {
          campaign: 'DDDT-2023',
          parent: '29119',
          targets: [{ unit: ctx.communeChild.unit, target: ctx.communeChild.target + n }],
          reason: 'Điều chỉnh',
        },
      }),
    },
    // An empty list saves nothing and changes nothing.
    accepts: { 'input.reason': optional('audit_event', 'reason'), 'input.targets': none(['list:empty']) },
  },
  recordTallies: {
    as: {
      admin: (ctx) => ({
        input: { campaign: 'DDDT-2023', date: '2023-11-15', reports: [{ ...ctx.otherHamlet, reason: 'Bổ sung' }] },
      }),
      official: (ctx) => ({
        input: { campaign: 'DDDT-2023', date: '2023-11-15', reports: [{ ...ctx.ownHamlet, reason: 'Bổ sung' }] },
      }),
    },
    accepts: { 'input.reports[0].reason': optional('tally_report', 'reason'), 'input.clientId': none(BLANK) },
  },
  createDirective: {
    as: {
      // Issued by Huyện Thạnh Phú, a sibling of Ba Tri: updateDirective gives Ba Tri's letters the
      // same hostile numbers, which a unit above Ba Tri could not use (numbers never repeat along a path).
      admin: (_ctx, n) => ({
        input: {
          number: `FZ-C${n}/KH`,
          kind: 'KE_HOACH',
          issuer: '837',
          signerTitle: 'Chủ tịch UBND huyện',
          signerName: 'Nguyễn Văn A',
          issuedDate: '2023-11-01',
          title: 'Kế hoạch',
          summary: 'Tóm tắt',
          fullText: 'Toàn văn',
          campaign: 'DDDT-2023',
          status: 'IN_FORCE',
          attachments: [{ title: 'Kế hoạch (PDF)', url: 'https://example.gov.vn/kh.pdf' }],
          tasks: [
            {
              title: 'Nhiệm vụ',
              text: 'Nội dung',
              kind: 'DUE_BY',
              deadline: '2023-12-10',
              linkedToTarget: false,
              assignees: ['837'],
            },
          ],
        },
      }),
    },
    accepts: {
      // A number is the issuer's own text ("45/KH-UBND", "Số 12/2023/QĐ-UBND"): any words, kept as sent.
      'input.number': stored('directive', 'number', SHORT),
      'input.campaign': none(['string:empty']),
      'input.signerTitle': stored('directive', 'signer_title'),
      'input.signerName': optional('directive', 'signer_name'),
      'input.title': stored('directive', 'title'),
      'input.summary': optional('directive', 'summary', ''),
      'input.fullText': { ...optional('directive', 'full_text', ''), kinds: [...TEXT, 'string:100kb'] },
      'input.attachments[0].title': storedJson('directive', 'attachments'),
      'input.tasks[0].title': stored('directive_task', 'title'),
      'input.tasks[0].text': optional('directive_task', 'text', ''),
      'input.tasks[0].assignees': none(['list:empty']),
      'input.attachments': none(['list:empty', 'list:duplicate']),
      'input.tasks': none(['list:empty', 'list:duplicate']),
    },
  },
  updateDirective: {
    as: {
      admin: (_ctx, n) => ({
        input: {
          ...ref(n),
          title: 'Kế hoạch (sửa)',
          summary: 'Tóm tắt',
          fullText: 'Toàn văn',
          signerTitle: 'Phó Chủ tịch',
          signerName: 'Trần Thị B',
          issuedDate: '2023-11-02',
          campaign: 'DDDT-2023',
          kind: 'KE_HOACH',
          status: 'IN_FORCE',
          attachments: [{ title: 'Bản sửa', url: 'https://example.gov.vn/kh2.pdf' }],
        },
      }),
    },
    accepts: {
      // An empty campaign unlinks the directive; the same attachment twice is the issuer's choice.
      'input.number': stored('directive', 'number', SHORT),
      'input.issuer': EMPTY_CODE,
      'input.campaign': none(['string:empty']),
      'input.signerTitle': stored('directive', 'signer_title'),
      'input.signerName': optional('directive', 'signer_name'),
      'input.title': stored('directive', 'title'),
      'input.summary': optional('directive', 'summary', ''),
      'input.fullText': { ...optional('directive', 'full_text', ''), kinds: [...TEXT, 'string:100kb'] },
      'input.attachments[0].title': storedJson('directive', 'attachments'),
      'input.attachments': none(['list:empty', 'list:duplicate']),
    },
    prepare: createDirective,
    reuse: (path) => path !== 'input.number' && path !== 'input.issuer',
  },
  addTask: {
    as: {
      admin: (ctx, n) => ({
        input: {
          ...ref(n),
          title: 'Tuyên truyền',
          text: 'Nội dung',
          kind: 'DUE_BY',
          deadline: '2023-12-01',
          linkedToTarget: false,
          assignees: [ctx.communes[2]],
        },
      }),
    },
    accepts: {
      'input.title': stored('directive_task', 'title'),
      'input.text': optional('directive_task', 'text', ''),
      // A task may start without assignees; addAssignees gives it some later.
      'input.assignees': none(['list:empty']),
      'input.issuer': EMPTY_CODE,
    },
    prepare: createDirective,
  },
  updateTask: {
    as: {
      admin: (_ctx, n) => ({
        input: {
          ...ref(n),
          task: 1,
          title: 'Tổ chức (sửa)',
          text: 'Nội dung',
          kind: 'DUE_BY',
          deadline: '2023-12-11',
          linkedToTarget: false,
        },
      }),
    },
    accepts: {
      'input.title': stored('directive_task', 'title'),
      'input.text': optional('directive_task', 'text', ''),
      'input.issuer': EMPTY_CODE,
    },
    prepare: createDirective,
    reuse: () => true,
  },
  addAssignees: {
    as: { admin: (ctx, n) => ({ input: { ...ref(n), task: 1, assignees: [ctx.communes[2]] } }) },
    accepts: { 'input.issuer': EMPTY_CODE },
    prepare: createDirective,
  },
  removeAssignee: {
    as: { admin: (ctx, n) => ({ input: { ...ref(n), task: 1, assignee: ctx.communes[1], reason: 'Nhầm đơn vị' } }) },
    accepts: { 'input.reason': optional('audit_event', 'reason'), 'input.issuer': EMPTY_CODE },
    prepare: createDirective,
  },
  removeTask: {
    as: { admin: (_ctx, n) => ({ input: { ...ref(n), task: 1, reason: 'Gộp nhiệm vụ' } }) },
    accepts: { 'input.reason': optional('audit_event', 'reason'), 'input.issuer': EMPTY_CODE },
    prepare: createDirective,
  },
  postProgressUpdate: {
    as: {
      admin: (ctx, n) => ({
        input: {
          ...ref(n),
          task: 1,
          assignee: ctx.communes[1],
          text: 'Đã tổ chức 1 điểm',
          percent: 0.25,
          date: '2023-11-14',
        },
      }),
      official: (ctx, n) => ({
        input: {
          ...ref(n),
          task: 1,
          assignee: ctx.communes[0],
          text: 'Đã tổ chức 1 điểm',
          percent: 0.25,
          date: '2023-11-14',
        },
      }),
    },
    accepts: { 'input.text': stored('directive_update', 'text'), 'input.issuer': EMPTY_CODE },
    prepare: createDirective,
    reuse: () => true,
  },
  markLineDone: {
    as: {
      admin: (ctx, n) => ({
        input: { ...ref(n), task: 1, assignee: ctx.communes[1], text: 'Hoàn thành', date: '2023-11-14' },
      }),
      official: (ctx, n) => ({
        input: { ...ref(n), task: 1, assignee: ctx.communes[0], text: 'Hoàn thành', date: '2023-11-14' },
      }),
    },
    accepts: { 'input.text': optional('directive_update', 'text'), 'input.issuer': EMPTY_CODE },
    prepare: createDirective,
  },
  fileReport: {
    as: {
      admin: (_ctx, n) => ({
        input: {
          directive: n === 0 ? '7027/UBND-KSTT' : directiveNumber(n),
          issuer: n === 0 ? '83' : '836',
          task: n === 0 ? 5 : 2,
          assignee: n === 0 ? 'CAT-83' : '836',
          asOf: '2023-11-14',
          level: 'COMMUNE',
        },
      }),
    },
    // An empty assignee reads as not given: the line of the task's only assignee.
    accepts: { 'input.issuer': EMPTY_CODE, 'input.assignee': EMPTY_CODE },
    prepare: createDirective,
  },
  saveQuery: {
    as: {
      admin: () => ({
        input: { name: 'Truy vấn', description: 'Mô tả', query: '{ today }', variables: '{}', shared: false },
      }),
      analyst: () => ({
        input: { name: 'Truy vấn', description: 'Mô tả', query: '{ today }', variables: '{}', shared: true },
      }),
    },
    accepts: {
      'input.name': stored('saved_query', 'name'),
      'input.description': optional('saved_query', 'description', ''),
      'input.query': stored('saved_query', 'query'),
      'input.variables': optional('saved_query', 'variables'),
    },
  },
  updateSavedQuery: {
    as: {
      admin: (ctx, n) => ({
        id: savedId(ctx, 'admin', n),
        input: { name: 'Đổi tên', description: 'Mô tả', query: '{ me { username } }', variables: '{}', shared: true },
      }),
      analyst: (ctx, n) => ({
        id: savedId(ctx, 'analyst', n),
        input: { name: 'Đổi tên', description: 'Mô tả', query: '{ me { username } }', variables: '{}', shared: false },
      }),
    },
    accepts: {
      'input.name': stored('saved_query', 'name'),
      'input.description': optional('saved_query', 'description', ''),
      'input.query': stored('saved_query', 'query'),
      'input.variables': optional('saved_query', 'variables'),
    },
    prepare: (ctx, n) => saveQuery(ctx, 'admin', n),
    reuse: () => true,
  },
  deleteSavedQuery: {
    as: {
      admin: (ctx, n) => ({ id: savedId(ctx, 'admin', n) }),
      analyst: (ctx) => ({ id: ctx.savedIds.get('analyst:delete') }),
    },
    prepare: (ctx, n) => saveQuery(ctx, 'admin', n),
  },
  copySavedQuery: {
    as: {
      admin: (ctx) => ({ id: ctx.exampleId, name: 'Bản sao' }),
      analyst: (ctx) => ({ id: ctx.exampleId, name: 'Bản sao' }),
    },
    // Without a name (or a blank one), the copy is called "<name> (bản sao)".
    accepts: { name: { ...stored('saved_query', 'name'), blank: BLANK } },
  },
};

import { registerEnumType } from 'type-graphql';
import {
  BODY_KINDS,
  DIRECTIVE_KINDS,
  DIRECTIVE_STATUSES,
  REPORT_LEVELS,
  TASK_KINDS,
  type BodyKind,
  type DirectiveKind,
  type DirectiveStatus,
  type ReportLevel,
  type TaskKind,
} from '@chitieu/shared';

const asEnum = <T extends string>(values: readonly T[]) =>
  Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };

export const DirectiveKindEnum = asEnum<DirectiveKind>(DIRECTIVE_KINDS);
registerEnumType(DirectiveKindEnum, {
  name: 'DirectiveKind',
  description: 'Kind of directive (loại văn bản).',
  valuesConfig: {
    CONG_VAN: { description: 'Công văn: an official letter.' },
    KE_HOACH: { description: 'Kế hoạch: a plan.' },
    QUYET_DINH: { description: 'Quyết định: a decision.' },
    CHI_THI: { description: 'Chỉ thị: a directive in the narrow sense.' },
    THONG_BAO: { description: 'Thông báo: a notice.' },
  },
});

export const DirectiveStatusEnum = asEnum<DirectiveStatus>(DIRECTIVE_STATUSES);
registerEnumType(DirectiveStatusEnum, {
  name: 'DirectiveStatus',
  description: 'Whether a directive still applies (hiệu lực).',
  valuesConfig: {
    IN_FORCE: { description: 'Còn hiệu lực: in force.' },
    COMPLETED: { description: 'Đã hoàn thành: completed; its ongoing tasks end.' },
    SUPERSEDED: { description: 'Đã được thay thế: replaced by a later directive; its ongoing tasks end.' },
  },
});

export const TaskKindEnum = asEnum<TaskKind>(TASK_KINDS);
registerEnumType(TaskKindEnum, {
  name: 'TaskKind',
  description: 'Kind of task (loại nhiệm vụ).',
  valuesConfig: {
    ONGOING: {
      description: 'Thường xuyên: a standing duty without a deadline; ON_TRACK while the directive is in force.',
    },
    DUE_BY: {
      description: 'Hoàn thành trước hạn: done by the deadline; tracked against the target when linked to it.',
    },
    REPORT_BY: { description: 'Báo cáo trước hạn: a report to file by the deadline; DONE when filed.' },
  },
});

export const BodyKindEnum = asEnum<BodyKind>(BODY_KINDS);
registerEnumType(BodyKindEnum, {
  name: 'BodyKind',
  description: 'Kind of body that issues directives or is given tasks (cơ quan).',
  valuesConfig: {
    PEOPLES_COMMITTEE: { description: 'Ủy ban nhân dân (UBND) of a province, district or commune.' },
    AGENCY: { description: 'An agency that is not an administrative unit (Công an tỉnh, Tỉnh Đoàn, Hội LHPN tỉnh).' },
  },
});

export const ReportLevelEnum = asEnum<ReportLevel>(REPORT_LEVELS);
registerEnumType(ReportLevelEnum, {
  name: 'ReportLevel',
  description: 'The rows of a directive report (cấp báo cáo).',
  valuesConfig: {
    DISTRICT: { description: 'One row per district (cấp huyện).' },
    COMMUNE: { description: 'One row per commune (cấp xã).' },
  },
});

export const LINE_ORDERS = ['TASK', 'WORST_FIRST', 'PERCENT_DONE'] as const;
export type LineOrder = (typeof LINE_ORDERS)[number];
export const LineOrderEnum = asEnum<LineOrder>(LINE_ORDERS);
registerEnumType(LineOrderEnum, {
  name: 'LineOrder',
  description: 'How to sort assignment lines (sắp xếp).',
  valuesConfig: {
    TASK: { description: 'By task number, then agencies, then units in tree order (the order of the letter).' },
    WORST_FIRST: {
      description: 'Worst state first (OVERDUE, AT_RISK, NOT_STARTED, ON_TRACK, DONE), then lowest percent done.',
    },
    PERCENT_DONE: { description: 'Lowest percent done first; lines without a percent last.' },
  },
});

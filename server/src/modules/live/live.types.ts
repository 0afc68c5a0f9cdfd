import { Field, ObjectType, registerEnumType } from 'type-graphql';
import type { ChangeKind } from '@chitieu/shared';

export const ChangeKindEnum = { TALLIES: 'TALLIES', TARGETS: 'TARGETS' } as const satisfies Record<
  ChangeKind,
  ChangeKind
>;
registerEnumType(ChangeKindEnum, {
  name: 'ChangeKind',
  description: 'What changed (loại thay đổi).',
  valuesConfig: {
    TALLIES: { description: 'Daily reports (số liệu ngày): a saved day or a CSV import.' },
    TARGETS: { description: 'Targets (chỉ tiêu) of units: a split saved.' },
  },
});

@ObjectType('ChangeNotice', {
  description:
    'A committed change that an open console may want to show (thông báo thay đổi): refetch what you show of these units.',
})
export class ChangeNoticeType {
  @Field(() => ChangeKindEnum, { description: 'What changed.' }) kind: ChangeKind;
  @Field(() => String, { description: 'Campaign code.' }) campaign: string;
  @Field(() => [String], {
    nullable: true,
    description:
      'Codes of the units within your scope whose figures changed (the units reported and every unit above them, down from your scope); null when more than 500 did: refetch everything shown.',
  })
  units: string[] | null;
}

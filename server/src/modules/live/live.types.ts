import { Field, ObjectType, registerEnumType } from 'type-graphql';
import type { ChangeKind } from '@chitieu/shared';

export const ChangeKindEnum = { TALLIES: 'TALLIES', TARGETS: 'TARGETS', OTHER: 'OTHER' } as const satisfies Record<
  ChangeKind,
  ChangeKind
>;
registerEnumType(ChangeKindEnum, {
  name: 'ChangeKind',
  description: 'What changed (loại thay đổi).',
  valuesConfig: {
    TALLIES: { description: 'Daily reports (số liệu ngày): a saved day or a CSV import.' },
    TARGETS: { description: 'Targets (chỉ tiêu) of units: a split saved.' },
    OTHER: {
      description:
        'Anything else a console may show (a directive, a campaign, a user…), told to every console with no units, as dataVersion tells it.',
    },
  },
});

@ObjectType('ChangeNotice', {
  description:
    'A committed change that an open console may want to show (thông báo thay đổi): refetch what you show of these units.',
})
export class ChangeNoticeType {
  @Field(() => ChangeKindEnum, { description: 'What changed.' }) kind: ChangeKind;
  @Field(() => String, { nullable: true, description: 'Campaign code; null for OTHER.' }) campaign: string | null;
  @Field(() => [String], {
    nullable: true,
    description:
      'Codes of the units within your scope whose figures changed (the units reported and every unit above them, down from your scope); null when more than 500 did, or for OTHER: refetch everything shown.',
  })
  units: string[] | null;
}

import { Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DateScalar } from '../../core/scalars';
import { Progress } from '../tallies/progress.types';
import { PageInfo, Unit } from '../units/unit.types';
import type { RankBy, RankOrder } from './ranking.service';

export const RankByEnum = {
  COLLECTED_RATE: 'COLLECTED_RATE',
  ACTIVATED_RATE: 'ACTIVATED_RATE',
  PERCENT_DONE: 'PERCENT_DONE',
  NEEDED: 'NEEDED',
} as const satisfies { [K in RankBy]: K };
registerEnumType(RankByEnum, {
  name: 'RankBy',
  description: 'What a ranking (xếp hạng) orders units by.',
  valuesConfig: {
    COLLECTED_RATE: { description: 'Collection rate (tỷ lệ thu nhận): collected ÷ target.' },
    ACTIVATED_RATE: { description: 'Activation rate (tỷ lệ kích hoạt): activated ÷ target.' },
    PERCENT_DONE: { description: 'Percent done (tỷ lệ hoàn thành): the lower of the two rates.' },
    NEEDED: { description: 'Accounts still needed to reach the target (còn thiếu): target − activated.' },
  },
});

export const RankingOrderEnum = { HIGHEST_FIRST: 'HIGHEST_FIRST', LOWEST_FIRST: 'LOWEST_FIRST' } as const satisfies {
  [K in RankOrder]: K;
};
registerEnumType(RankingOrderEnum, {
  name: 'RankingOrder',
  description: 'Direction of a ranking (thứ tự). Units without a value (target 0) come last either way.',
  valuesConfig: {
    HIGHEST_FIRST: { description: 'Highest value first (cao nhất trước): best rate, or most accounts needed.' },
    LOWEST_FIRST: { description: 'Lowest value first (thấp nhất trước): worst rate, or fewest accounts needed.' },
  },
});

@ObjectType({
  description: 'A unit in a ranking (xếp hạng), with its place, its progress and the value it is ranked by.',
})
export class RankedUnit {
  @Field(() => Int, { description: 'Place (hạng) in the ranking, 1 for the first, among the units the filters keep.' })
  rank: number;
  @Field(() => Unit, { description: 'The unit (đơn vị).' }) unit: Unit;
  @Field(() => Progress, { description: "Its progress (tiến độ) as of the ranking's date." }) progress: Progress;
  @Field(() => Float, {
    nullable: true,
    description:
      'The value ranked by (giá trị xếp hạng): a rate 0..1 or a count of accounts; null when the target is 0.',
  })
  value: number | null;
}

@ObjectType({ description: 'A page of a ranking (bảng xếp hạng).' })
export class RankingConnection {
  @Field(() => [RankedUnit], { description: 'The units of this page, in ranking order.' }) nodes: RankedUnit[];
  @Field(() => Int, { description: 'How many units the ranking holds in all (after the state filter).' })
  totalCount: number;
  @Field(() => PageInfo, { description: 'Where this page ends.' }) pageInfo: PageInfo;
}

@ObjectType({
  description:
    'Whether a unit reported on a date (tình hình báo cáo): a hamlet when it sent its report, a unit above when every hamlet below it did.',
})
export class ReportingStatus {
  @Field(() => Unit, { description: 'The unit (đơn vị).' }) unit: Unit;
  @Field(() => DateScalar, { description: 'The report date (ngày báo cáo).' }) date: string;
  @Field(() => Boolean, { description: 'True when it (every hamlet of it) reported on that date (đã báo cáo).' })
  reported: boolean;
  @Field(() => Int, { description: 'Hamlets below (1 for a hamlet) that reported on that date.' })
  hamletsReported: number;
  @Field(() => Int, { description: 'Hamlets below in all (1 for a hamlet).' }) hamletsTotal: number;
  @Field(() => DateScalar, {
    nullable: true,
    description:
      'The latest date on or before that date on which it (any hamlet of it) reported (lần báo cáo gần nhất); null if never.',
  })
  lastReportDate: string | null;
}

@ObjectType({ description: 'A page of units with whether they reported on a date.' })
export class ReportingStatusConnection {
  @Field(() => [ReportingStatus], { description: 'The units of this page, in tree order.' }) nodes: ReportingStatus[];
  @Field(() => Int, { description: 'How many units match in all.' }) totalCount: number;
  @Field(() => PageInfo, { description: 'Where this page ends.' }) pageInfo: PageInfo;
}

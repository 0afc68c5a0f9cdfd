import { Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';
import { PROGRESS_STATES, type ProgressState } from '@chitieu/shared';
import { DateScalar } from '../../core/scalars';
import { Unit } from '../units/unit.types';

export const ProgressStateEnum = Object.fromEntries(PROGRESS_STATES.map((s) => [s, s])) as { [K in ProgressState]: K };
registerEnumType(ProgressStateEnum, {
  name: 'ProgressState',
  description: 'Where a unit or a directive line stands on a date (trạng thái).',
  valuesConfig: {
    DONE: { description: 'Target reached (hoàn thành).' },
    ON_TRACK: {
      description:
        'At the recent pace (the 7 days up to the latest reported day) it finishes by the deadline (đúng tiến độ).',
    },
    AT_RISK: {
      description:
        'At the recent pace (the 7 days up to the latest reported day) it finishes after the deadline, or not at all (có nguy cơ chậm).',
    },
    OVERDUE: { description: 'The deadline has passed and the target is not reached (quá hạn).' },
    NOT_STARTED: { description: 'Nothing reported yet (chưa bắt đầu).' },
  },
});

@ObjectType({ description: 'One of the two counts (thu nhận or kích hoạt) against the target and the deadline.' })
export class Trend {
  @Field(() => Int, { description: 'Accounts still needed to reach the target (còn thiếu); 0 once reached.' })
  remaining: number;

  @Field(() => Float, {
    nullable: true,
    description:
      'Accounts per day needed from now to finish by the deadline (tốc độ cần): remaining ÷ days left; null once the deadline is reached.',
  })
  paceNeeded: number | null;

  @Field(() => Float, {
    description:
      'Mean daily gain over the 7 days ending on the latest reported day (tốc độ 7 ngày gần nhất): asOf once the unit (a hamlet below it) has a report on asOf, the day before until then. A day nobody has reported on yet is not a day of zero gain, but a unit that stopped reporting days ago shows those days as days without gain.',
  })
  recentPace: number;

  @Field(() => DateScalar, {
    nullable: true,
    description:
      "The pace window's last day (as in recentPace) + remaining ÷ recent pace, rounded up to a whole day and never before asOf (dự kiến hoàn thành); null when done or not moving. Days left and pace needed count from asOf.",
  })
  projectedCompletion: string | null;

  @Field(() => ProgressStateEnum, {
    description:
      'State of this count alone: AT_RISK when projectedCompletion is after the deadline or it is not moving.',
  })
  state: ProgressState;
}

@ObjectType({
  description:
    "A unit's progress (tiến độ) in a campaign as of a date: sums over its hamlets of each one's latest report on or before that date.",
})
export class Progress {
  @Field(() => DateScalar, { description: 'The date these figures are for (số liệu tính đến ngày).' })
  asOf: string;

  @Field(() => Int, { description: "The unit's own target (chỉ tiêu)." })
  target: number;

  @Field(() => Int, { description: 'Applications collected, cumulative (thu nhận).' })
  collected: number;

  @Field(() => Int, { description: 'Accounts activated, cumulative (kích hoạt).' })
  activated: number;

  @Field(() => Float, {
    nullable: true,
    description: 'collected ÷ target, the exact fraction (0.883292… is 88,33%); null when the target is 0.',
  })
  collectedRate: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'activated ÷ target, the exact fraction; null when the target is 0.',
  })
  activatedRate: number | null;

  @Field(() => Float, { nullable: true, description: 'The lower of the two rates (tỷ lệ hoàn thành).' })
  percentDone: number | null;

  @Field(() => ProgressStateEnum, {
    description:
      "DONE when both counts reach the target, NOT_STARTED with nothing reported, else the worse of the two counts' states (each from the pace up to the latest reported day).",
  })
  state: ProgressState;

  @Field(() => Int, {
    description: 'Calendar days from asOf to the campaign deadline (số ngày còn lại); negative after it.',
  })
  daysLeft: number;

  @Field(() => Trend, { description: 'Collection (thu nhận) against the target and the deadline.' })
  collection: Trend;

  @Field(() => Trend, { description: 'Activation (kích hoạt) against the target and the deadline.' })
  activation: Trend;
}

@ObjectType({ description: 'Cumulative counts on one day.' })
export class ProgressPoint {
  @Field(() => DateScalar, { description: 'The day.' }) date: string;
  @Field(() => Int, { description: 'Collected (thu nhận) on that day, cumulative.' }) collected: number;
  @Field(() => Int, { description: 'Activated (kích hoạt) on that day, cumulative.' }) activated: number;
}

@ObjectType({ description: 'A hamlet still short of its target (còn thiếu).' })
export class Shortfall {
  @Field(() => Unit, { description: 'The hamlet.' }) unit: Unit;
  @Field(() => Int, { description: "The hamlet's target." }) target: number;
  @Field(() => Int, { description: 'Collected so far (thu nhận).' }) collected: number;
  @Field(() => Int, { description: 'Activated so far (kích hoạt).' }) activated: number;
  @Field(() => Int, { description: 'Accounts still to activate to reach the target.' }) needed: number;
}

@ObjectType({
  description: 'Who reported on one date (tình hình báo cáo): a commune counts when every hamlet of it did.',
})
export class Completeness {
  @Field(() => DateScalar, { description: 'The report date.' }) date: string;
  @Field(() => Int, { description: 'Hamlets below that reported on that date.' }) hamletsReported: number;
  @Field(() => Int, { description: 'Hamlets below in all.' }) hamletsTotal: number;
  @Field(() => Int, { description: 'Communes below whose every hamlet reported on that date.' })
  communesReported: number;
  @Field(() => Int, { description: 'Communes below in all.' }) communesTotal: number;
}

import { Field, InputType, Int, ObjectType } from 'type-graphql';
import { DateScalar } from '../../core/scalars';

@InputType({
  description: 'The two counts of the report on record that a new report replaces, as its sender was shown them.',
})
export class ExpectedTallyInput {
  @Field(() => Int, { description: 'Collected (thu nhận) of the report shown.' }) collected: number;
  @Field(() => Int, { description: 'Activated (kích hoạt) of the report shown.' }) activated: number;
}

@InputType({ description: "One hamlet's cumulative counts on the report date." })
export class TallyReportInput {
  @Field(() => String, { description: 'Hamlet code.' }) unit: string;
  @Field(() => Int, { description: 'Collected so far (thu nhận, cumulative), 0 or more.' }) collected: number;
  @Field(() => Int, { description: 'Activated so far (kích hoạt, cumulative), at most collected.' }) activated: number;
  @Field(() => String, {
    nullable: true,
    description: 'Why a count goes below the previous report or above a later one (lý do điều chỉnh).',
  })
  reason?: string | null;
  @Field(() => ExpectedTallyInput, {
    nullable: true,
    description:
      "Replace-with-expected: the report on record for this hamlet and date that this one replaces, as you were shown it. Leave it out only for the day's first report. When the report on record is not the one expected (another save came first, or one exists and none was expected), nothing is saved: CONFLICT. Sending exactly the counts already on record is no conflict (a retried save).",
  })
  expected?: ExpectedTallyInput | null;
}

@InputType({ description: "A day's report for any set of hamlets in your scope: saved all together or not at all." })
export class RecordTalliesInput {
  @Field(() => String, { description: 'Campaign code.' }) campaign: string;
  @Field(() => DateScalar, {
    nullable: true,
    description: 'Report date (default: today on the business clock); never after today.',
  })
  date?: string | null;
  @Field(() => [TallyReportInput], { description: 'At most 2,000 hamlets.' }) reports: TallyReportInput[];
  @Field(() => String, {
    nullable: true,
    description:
      "Client id (mã lần gửi) of this save, chosen by the sender (a UUID, say): 8 to 64 letters, digits, - or _. A save sent again under the same id by the same user (a queued save whose answer was lost) is answered with the first save's result and saves nothing again, even after later saves or once the date is outside the report window; the same id with other contents, or another user's id, is CONFLICT. Left out or blank: every call is a new save.",
  })
  clientId?: string | null;
}

@ObjectType({ description: 'What recordTallies saved.' })
export class RecordTalliesResult {
  @Field(() => Int, { description: 'How many hamlet reports were saved.' }) saved: number;
  @Field(() => DateScalar, { description: 'The report date.' }) date: string;
  @Field(() => Boolean, {
    description:
      'True when this answers a repeat of a save already made under the same clientId (nothing was saved this time).',
  })
  replayed: boolean;
}

import { Field, InputType, Int } from 'type-graphql';
import { DateScalar } from '../../core/scalars';

@InputType({ description: 'A new campaign (chiến dịch mới).' })
export class CreateCampaignInput {
  @Field(() => String, {
    description: 'Short code, 2–32 letters, digits, dots, dashes or underscores, e.g. "DDDT-2024"; never changes.',
  })
  code: string;
  @Field(() => String, { description: 'Name (tên chiến dịch).' }) name: string;
  @Field(() => String, { nullable: true, description: 'What it is about (mô tả); blank means none.' }) description?:
    string | null;
  @Field(() => String, { nullable: true, description: 'Label of the first count; default "Thu nhận".' })
  collectedLabel?: string | null;
  @Field(() => String, { nullable: true, description: 'Label of the second count; default "Kích hoạt".' })
  activatedLabel?: string | null;
  @Field(() => DateScalar, { description: 'First day (ngày bắt đầu).' }) startDate: string;
  @Field(() => DateScalar, { description: 'Deadline (hạn hoàn thành), after the start.' }) deadline: string;
  @Field(() => String, {
    nullable: true,
    description: "Code of the root unit whose target is the campaign's; default your scope unit.",
  })
  rootUnit?: string | null;
  @Field(() => Int, { description: "The root unit's target (chỉ tiêu), e.g. 930767." }) rootTarget: number;
}

@InputType({ description: 'Changes to a campaign: fields left out keep their value.' })
export class UpdateCampaignInput {
  @Field(() => String, { description: 'Code of the campaign to change.' }) code: string;
  @Field(() => String, { nullable: true, description: 'New name.' }) name?: string | null;
  @Field(() => String, { nullable: true, description: 'New description.' }) description?: string | null;
  @Field(() => String, { nullable: true, description: 'New label of the first count.' }) collectedLabel?: string | null;
  @Field(() => String, { nullable: true, description: 'New label of the second count.' }) activatedLabel?:
    string | null;
  @Field(() => DateScalar, { nullable: true, description: 'New start; not after the first report.' }) startDate?:
    string | null;
  @Field(() => DateScalar, { nullable: true, description: 'New deadline, after the start.' }) deadline?: string | null;
  @Field(() => Int, { nullable: true, description: 'New root target (chỉ tiêu của đơn vị gốc).' }) rootTarget?:
    number | null;
  @Field(() => String, { nullable: true, description: 'Why (lý do), kept in the audit.' }) reason?: string | null;
}

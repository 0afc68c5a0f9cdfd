import { Field, Int, ObjectType } from 'type-graphql';
import type { Role } from '@chitieu/shared';
import { RoleEnum } from '../access/access.resolver';
import { PageInfo } from '../units/unit.types';

@ObjectType({
  description:
    'One change on record (sự kiện nhật ký): who, when, what, before, after, why. Never edited, never deleted.',
})
export class AuditEvent {
  unitId: number | null;
  campaignId: number | null;

  @Field(() => Int, { description: 'Sequence number: later events have larger ones.' }) id: number;
  @Field(() => String, { description: 'When (thời điểm), an ISO timestamp on the real clock.' }) at: string;
  @Field(() => String, { description: 'Who (người thực hiện): a username, or "seed"/"system".' }) user: string;
  @Field(() => RoleEnum, { nullable: true, description: 'Their role at the time.' }) role: Role | null;
  @Field(() => String, {
    description: 'What (hành động), e.g. tally.record, tally.replace, target.set, campaign.update, user.create, login.',
  })
  action: string;
  @Field(() => String, {
    nullable: true,
    description:
      'The field or key changed (trường): a report date for tallies, "target", a campaign field, a username.',
  })
  field: string | null;
  @Field(() => String, { nullable: true, description: 'Value before (giá trị cũ), as text or JSON.' }) oldValue:
    string | null;
  @Field(() => String, { nullable: true, description: 'Value after (giá trị mới), as text or JSON.' }) newValue:
    string | null;
  @Field(() => String, { nullable: true, description: 'Why (lý do), when one was given.' }) reason: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'Request id (mã yêu cầu) of the change, as in the server log and the X-Request-Id header.',
  })
  requestId: string | null;
}

@ObjectType({ description: 'A page of audit events, newest first.' })
export class AuditEventConnection {
  @Field(() => [AuditEvent], { description: 'The events of this page.' }) nodes: AuditEvent[];
  @Field(() => Int, { description: 'How many match in all.' }) totalCount: number;
  @Field(() => PageInfo, { description: 'Where this page ends.' }) pageInfo: PageInfo;
}

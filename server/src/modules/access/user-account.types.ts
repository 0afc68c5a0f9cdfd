import { Field, InputType, Int, ObjectType } from 'type-graphql';
import type { Role } from '@chitieu/shared';
import { PageInfo, Unit } from '../units/unit.types';
import { RoleEnum } from './access.resolver';

@ObjectType({ description: 'A user account as an admin manages it (tài khoản).' })
export class UserAccount {
  @Field(() => String, { description: 'Login name (tên đăng nhập).' }) username: string;
  @Field(() => RoleEnum, { description: 'What the user may do (vai trò).' }) role: Role;
  @Field(() => Unit, { description: 'The unit the user works in (phạm vi).' }) scope: Unit;
  @Field(() => Boolean, { description: 'False once deactivated (đã khoá): the user can no longer log in.' })
  active: boolean;
  @Field(() => String, { description: 'When the account was made, an ISO timestamp (real clock).' }) createdAt: string;
  @Field(() => String, {
    nullable: true,
    description: 'Last request in any session, an ISO timestamp; null if never logged in.',
  })
  lastSeenAt: string | null;
  @Field(() => Int, { description: 'Sessions still open (phiên đăng nhập còn hiệu lực).' }) openSessions: number;
}

@ObjectType({ description: 'A page of user accounts, by username.' })
export class UserAccountConnection {
  @Field(() => [UserAccount], { description: 'The accounts of this page.' }) nodes: UserAccount[];
  @Field(() => Int, { description: 'How many match in all.' }) totalCount: number;
  @Field(() => PageInfo, { description: 'Where this page ends.' }) pageInfo: PageInfo;
}

@InputType({ description: 'A new user: one role, one scope unit at or below yours.' })
export class CreateUserInput {
  @Field(() => String, { description: 'Login name: 3–32 characters a-z, 0-9, dot, dash, underscore.' })
  username: string;
  @Field(() => String, { description: 'First password, 4 to 200 characters; tell the user to change it.' })
  password: string;
  @Field(() => RoleEnum, { description: 'Role (vai trò).' }) role: Role;
  @Field(() => String, {
    description:
      "Code of the scope unit (phạm vi), at or below your own. An OFFICIAL's scope is a commune (xã, phường, thị trấn), on a tree with districts or without: any other level is BAD_USER_INPUT on this field. ADMIN and ANALYST may have any unit.",
  })
  scope: string;
}

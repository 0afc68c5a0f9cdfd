import {
  Arg,
  Ctx,
  Field,
  FieldResolver,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Root,
  registerEnumType,
} from 'type-graphql';
import { ROLES, type Role } from '@chitieu/shared';
import type { Context } from '../context';
import { appError } from '../../core/errors';
import { clearSessionCookie, setSessionCookie } from './session-cookie';
import { Unit } from '../units/unit.types';
import { requireViewer } from './viewer';

export const RoleEnum = Object.fromEntries(ROLES.map((r) => [r, r])) as { [K in Role]: K };
registerEnumType(RoleEnum, {
  name: 'Role',
  description: 'What a user may do (vai trò), always within their scope unit.',
  valuesConfig: {
    ADMIN: { description: 'Quản trị: splits targets, manages campaigns, users and directives.' },
    OFFICIAL: { description: 'Cán bộ xã: enters daily hamlet tallies, splits the commune target over hamlets.' },
    ANALYST: { description: 'Phân tích: reads everything in scope, changes no figures.' },
  },
});

@ObjectType({ description: 'A user (người dùng): one role, one scope unit.' })
export class User {
  scopeUnitId: number;
  @Field(() => String, { description: 'Login name (tên đăng nhập).' }) username: string;
  @Field(() => RoleEnum, { description: 'What the user may do (vai trò).' }) role: Role;
}

@Resolver(() => User)
export class AccessResolver {
  @Mutation(() => User, {
    description:
      'Logs in with a password and sets an HttpOnly session cookie. UNAUTHENTICATED on a wrong username or password.',
  })
  async login(
    @Arg('username', () => String) username: string,
    @Arg('password', () => String) password: string,
    @Ctx() ctx: Context,
  ): Promise<User> {
    if (username.length > 64 || password.length > 200) {
      throw appError('BAD_USER_INPUT', 'Tên đăng nhập hoặc mật khẩu quá dài.', 'Username or password too long.');
    }
    const { token, viewer } = await ctx.services.access.login(username, password, {
      requestId: ctx.requestId,
      address: ctx.req.ip ?? 'unknown',
    });
    setSessionCookie(ctx.req, ctx.res, token);
    return { username: viewer.username, role: viewer.role, scopeUnitId: viewer.scopeUnitId };
  }

  @Mutation(() => Boolean, { description: 'Ends this session and clears its cookie.' })
  async logout(@Ctx() ctx: Context): Promise<boolean> {
    const viewer = requireViewer(ctx.viewer);
    await ctx.services.access.logout(viewer, ctx.requestId);
    clearSessionCookie(ctx.req, ctx.res);
    return true;
  }

  @Query(() => User, { description: 'Who you are. UNAUTHENTICATED without a session.' })
  me(@Ctx() ctx: Context): User {
    const viewer = requireViewer(ctx.viewer);
    return { username: viewer.username, role: viewer.role, scopeUnitId: viewer.scopeUnitId };
  }

  @FieldResolver(() => Unit, {
    description: 'The unit this user works in (phạm vi): they see it and everything below it.',
  })
  async scope(@Root() user: User, @Ctx() ctx: Context): Promise<Unit> {
    return (await ctx.loaders.units.byId.load(user.scopeUnitId))!;
  }
}

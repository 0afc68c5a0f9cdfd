import { Arg, Ctx, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../context';
import { appError } from '../../core/errors';
import { connection, pageOf } from '../../core/pagination';
import type { UnitRow } from '../units/unit.service';
import type { UserAccountRow } from './users.service';
import { CreateUserInput, UserAccount, UserAccountConnection } from './user-account.types';
import { actorOf, requireViewer } from './viewer';

function toAccount(row: UserAccountRow, scope: UnitRow): UserAccount {
  return {
    username: row.username,
    role: row.role,
    scope,
    active: row.active,
    createdAt: row.createdAt,
    lastSeenAt: row.lastSeenAt,
    openSessions: row.openSessions,
  };
}

function byAdmin(ctx: Context) {
  const viewer = requireViewer(ctx.viewer);
  return { principal: viewer, actor: actorOf(viewer, ctx.requestId) };
}

async function account(ctx: Context, row: UserAccountRow): Promise<UserAccount> {
  return toAccount(row, (await ctx.services.units.byId(row.scopeUnitId))!);
}

const USERNAME = { description: 'Login name of the user.' };

@Resolver()
export class UsersResolver {
  @Query(() => UserAccountConnection, {
    description:
      "Users whose scope is at or below yours (ADMIN only), by username; `search` matches the username or the scope unit's name. At most 100 a page.",
  })
  async users(
    @Ctx() ctx: Context,
    @Arg('search', () => String, { nullable: true, description: 'Part of a username or of a unit name.' })
    search?: string | null,
    @Arg('first', () => Int, { nullable: true, description: 'Page size, 1 to 100 (default 20).' })
    first?: number | null,
    @Arg('after', () => String, { nullable: true, description: 'Cursor from pageInfo.endCursor.' })
    after?: string | null,
  ): Promise<UserAccountConnection> {
    const viewer = requireViewer(ctx.viewer);
    const page = pageOf(first, after);
    const { nodes, totalCount } = await ctx.services.users.list(viewer, search ?? null, page.first, page.offset);
    const scopes = new Map(
      (await ctx.services.units.byIds([...new Set(nodes.map((n) => n.scopeUnitId))])).map((u) => [u.id, u]),
    );
    return connection(
      nodes.map((n) => toAccount(n, scopes.get(n.scopeUnitId)!)),
      totalCount,
      page,
    );
  }

  @Mutation(() => UserAccount, {
    description:
      'Creates a user with one role and a scope at or below yours (ADMIN). CONFLICT when the username is taken.',
  })
  async createUser(
    @Arg('input', () => CreateUserInput) input: CreateUserInput,
    @Ctx() ctx: Context,
  ): Promise<UserAccount> {
    return await account(
      ctx,
      await ctx.services.users.create({ ...input, username: input.username.trim() }, byAdmin(ctx)),
    );
  }

  @Mutation(() => UserAccount, {
    description: 'Sets a new password for a user in your scope (ADMIN) and ends their sessions.',
  })
  async resetPassword(
    @Arg('username', () => String, USERNAME) username: string,
    @Arg('password', () => String, { description: 'The new password, 4 to 200 characters.' }) password: string,
    @Ctx() ctx: Context,
  ): Promise<UserAccount> {
    return await account(ctx, await ctx.services.users.resetPassword(username, password, byAdmin(ctx)));
  }

  @Mutation(() => UserAccount, {
    description: 'Deactivates a user in your scope (ADMIN): they can no longer log in, and their sessions end.',
  })
  async deactivateUser(
    @Arg('username', () => String, USERNAME) username: string,
    @Ctx() ctx: Context,
  ): Promise<UserAccount> {
    return await account(ctx, await ctx.services.users.setActive(username, false, byAdmin(ctx)));
  }

  @Mutation(() => UserAccount, { description: 'Lets a deactivated user in your scope log in again (ADMIN).' })
  async reactivateUser(
    @Arg('username', () => String, USERNAME) username: string,
    @Ctx() ctx: Context,
  ): Promise<UserAccount> {
    return await account(ctx, await ctx.services.users.setActive(username, true, byAdmin(ctx)));
  }

  @Mutation(() => UserAccount, {
    description: 'Ends every session of a user in your scope (ADMIN); they must log in again.',
  })
  async revokeSessions(
    @Arg('username', () => String, USERNAME) username: string,
    @Ctx() ctx: Context,
  ): Promise<UserAccount> {
    return await account(ctx, await ctx.services.users.revokeSessions(username, byAdmin(ctx)));
  }

  @Mutation(() => Boolean, {
    description:
      'Changes your own password (any role): the current one is required. Your other sessions end; this one stays.',
  })
  async changeMyPassword(
    @Arg('oldPassword', () => String, { description: 'Your current password.' }) oldPassword: string,
    @Arg('newPassword', () => String, { description: 'The new password, 4 to 200 characters.' }) newPassword: string,
    @Ctx() ctx: Context,
  ): Promise<boolean> {
    const viewer = requireViewer(ctx.viewer);
    if (oldPassword.length > 200) throw appError('BAD_USER_INPUT', 'Mật khẩu quá dài.', 'Password too long.');
    await ctx.services.users.changeMyPassword(viewer, oldPassword, newPassword, ctx.requestId);
    return true;
  }
}

import { optionalText, optionalTextChange } from '@chitieu/shared';
import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../context';
import { appError } from '../../core/errors';
import { connection, pageOf } from '../../core/pagination';
import { requireViewer, type Viewer } from '../access/viewer';
import { Unit } from '../units/unit.types';
import type { SavedQueryFilter, SavedQueryRow } from './saved-query.service';
import {
  SavedQuery,
  SavedQueryConnection,
  SavedQueryFilterEnum,
  SaveQueryInput,
  UpdateSavedQueryInput,
} from './saved-query.types';

export function parseId(id: string): number {
  if (!/^\d{1,12}$/.test(id))
    throw appError(
      'BAD_USER_INPUT',
      `Mã "${id.slice(0, 40)}" không hợp lệ.`,
      `"${id.slice(0, 40)}" is not a valid id.`,
    );
  return Number(id);
}

function toSavedQuery(row: SavedQueryRow, viewer: Viewer): SavedQuery {
  const mine = row.ownerId === viewer.userId;
  return {
    id: String(row.id),
    name: row.name,
    description: row.description,
    query: row.query,
    variables: row.variables,
    shared: row.shared,
    example: row.example,
    owner: row.ownerName,
    mine,
    readOnly: !mine,
    sharedUnitId: row.sharedUnitId,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

@Resolver(() => SavedQuery)
export class SavedQueryResolver {
  @Query(() => SavedQueryConnection, {
    description:
      'Saved queries you can see: yours, those shared with your scope or a unit above it, and the examples; by name. At most 100 a page.',
  })
  async savedQueries(
    @Ctx() ctx: Context,
    @Arg('search', () => String, {
      nullable: true,
      description: 'Words of the name or description, without diacritics or case.',
    })
    search?: string | null,
    @Arg('filter', () => SavedQueryFilterEnum, { defaultValue: 'ALL', description: 'Which ones to list.' })
    filter: SavedQueryFilter = 'ALL',
    @Arg('first', () => Int, { nullable: true, description: 'Page size, 1 to 100 (default 20).' })
    first?: number | null,
    @Arg('after', () => String, { nullable: true, description: 'Cursor from pageInfo.endCursor.' })
    after?: string | null,
  ): Promise<SavedQueryConnection> {
    const viewer = requireViewer(ctx.viewer);
    const page = pageOf(first, after);
    const { nodes, totalCount } = await ctx.services.savedQueries.list(viewer, {
      search: search?.slice(0, 200),
      filter,
      ...page,
    });
    return connection(
      nodes.map((n) => toSavedQuery(n, viewer)),
      totalCount,
      page,
    );
  }

  @Query(() => SavedQuery, { description: 'One saved query you can see. NOT_FOUND otherwise.' })
  async savedQuery(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<SavedQuery> {
    const viewer = requireViewer(ctx.viewer);
    return toSavedQuery(await ctx.services.savedQueries.visibleById(viewer, parseId(id)), viewer);
  }

  @Mutation(() => SavedQuery, {
    description:
      'Saves a query as yours, private or shared with your scope unit. BAD_USER_INPUT with extensions.fields when a field is not valid. Audited.',
  })
  async saveQuery(@Arg('input', () => SaveQueryInput) input: SaveQueryInput, @Ctx() ctx: Context): Promise<SavedQuery> {
    const viewer = requireViewer(ctx.viewer);
    const row = await ctx.services.savedQueries.save(
      viewer,
      {
        name: input.name,
        description: optionalText(input.description, ''),
        query: input.query,
        variables: optionalText(input.variables),
        shared: input.shared ?? false,
      },
      ctx.requestId,
    );
    return toSavedQuery(row, viewer);
  }

  @Mutation(() => SavedQuery, {
    description:
      "Changes one of your saved queries. FORBIDDEN for someone else's or an example (copy it); NOT_FOUND when you cannot see it. Audited.",
  })
  async updateSavedQuery(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateSavedQueryInput) input: UpdateSavedQueryInput,
    @Ctx() ctx: Context,
  ): Promise<SavedQuery> {
    const viewer = requireViewer(ctx.viewer);
    const patch = {
      name: input.name ?? undefined,
      description: optionalTextChange(input.description, ''),
      query: input.query ?? undefined,
      variables: optionalTextChange(input.variables),
      shared: input.shared ?? undefined,
    };
    return toSavedQuery(await ctx.services.savedQueries.update(viewer, parseId(id), patch, ctx.requestId), viewer);
  }

  @Mutation(() => Boolean, {
    description:
      "Deletes one of your saved queries; the audit keeps what it was. FORBIDDEN for someone else's or an example.",
  })
  async deleteSavedQuery(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<boolean> {
    await ctx.services.savedQueries.delete(requireViewer(ctx.viewer), parseId(id), ctx.requestId);
    return true;
  }

  @Mutation(() => SavedQuery, {
    description:
      "Copies a saved query you can see (someone's shared one, an example, your own) as your own private one. Audited.",
  })
  async copySavedQuery(
    @Arg('id', () => ID) id: string,
    @Ctx() ctx: Context,
    @Arg('name', () => String, {
      nullable: true,
      description: 'Name of the copy (default: the name with "(bản sao)").',
    })
    name?: string | null,
  ): Promise<SavedQuery> {
    const viewer = requireViewer(ctx.viewer);
    return toSavedQuery(await ctx.services.savedQueries.copy(viewer, parseId(id), name ?? null, ctx.requestId), viewer);
  }

  @FieldResolver(() => Unit, {
    nullable: true,
    description:
      'The unit it is shared with (chia sẻ với): everyone whose scope is this unit or below it sees it; null when private.',
  })
  async sharedWith(@Root() query: SavedQuery, @Ctx() ctx: Context): Promise<Unit | null> {
    if (query.sharedUnitId === null) return null;
    return (await ctx.loaders.units.byId.load(query.sharedUnitId)) ?? null;
  }
}

import { Arg, Ctx, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../context';
import { connection, pageOf } from '../../core/pagination';
import { requireViewer } from '../access/viewer';
import { HISTORY_HEADER } from './query-history.plugin';
import { QueryRunConnection } from './saved-query.types';

@Resolver()
export class QueryHistoryResolver {
  @Query(() => QueryRunConnection, {
    description: `Operations you ran in the query editor (requests sent with the header "${HISTORY_HEADER}: 1"), newest first; the latest 200 are kept. Operations that log in or carry a password are never kept. At most 100 a page.`,
  })
  async queryHistory(
    @Ctx() ctx: Context,
    @Arg('first', () => Int, { nullable: true, description: 'Page size, 1 to 100 (default 20).' })
    first?: number | null,
    @Arg('after', () => String, { nullable: true, description: 'Cursor from pageInfo.endCursor.' })
    after?: string | null,
  ): Promise<QueryRunConnection> {
    const viewer = requireViewer(ctx.viewer);
    const page = pageOf(first, after);
    const { nodes, totalCount } = await ctx.services.queryHistory.list(viewer.userId, page.first, page.offset);
    return connection(
      nodes.map((n) => ({ ...n, id: String(n.id) })),
      totalCount,
      page,
    );
  }

  @Mutation(() => Int, { description: 'Empties your query history; returns how many entries went. Audited.' })
  async clearQueryHistory(@Ctx() ctx: Context): Promise<number> {
    return await ctx.services.queryHistory.clear(requireViewer(ctx.viewer), ctx.requestId);
  }
}

import type { ServerModule } from '../../core/module';
import type { Db } from '../../db/sql';
import type { AuditServices } from '../audit/audit.module';
import { queryHistoryPlugin } from './query-history.plugin';
import { QueryHistoryResolver } from './query-history.resolver';
import { QueryHistoryService } from './query-history.service';
import { RankingResolver } from './ranking.resolver';
import { RankingService } from './ranking.service';
import { ReportingService } from './reporting.service';
import { SavedQueryResolver } from './saved-query.resolver';
import { SavedQueryService } from './saved-query.service';

/** The analysts' module: rankings and reporting lists, saved queries, query history (and its plugin, which records it). */
export type AnalyticsNeeds = { sql: Db } & AuditServices;

export interface AnalyticsServices {
  ranking: RankingService;
  reporting: ReportingService;
  savedQueries: SavedQueryService;
  queryHistory: QueryHistoryService;
}

export const analyticsModule = {
  resolvers: [RankingResolver, SavedQueryResolver, QueryHistoryResolver] as const,
  services: ({ sql, audit }: AnalyticsNeeds): AnalyticsServices => ({
    ranking: new RankingService(sql),
    reporting: new ReportingService(sql),
    savedQueries: new SavedQueryService(sql, audit),
    queryHistory: new QueryHistoryService(sql, audit),
  }),
  plugins: { queryHistory: queryHistoryPlugin },
} satisfies ServerModule<AnalyticsNeeds, AnalyticsServices>;

import type { Db } from '../../db/sql';
import type { AuditService } from '../audit/audit.service';
import { QueryHistoryResolver } from './query-history.resolver';
import { QueryHistoryService } from './query-history.service';
import { RankingResolver } from './ranking.resolver';
import { RankingService } from './ranking.service';
import { ReportingService } from './reporting.service';
import { SavedQueryResolver } from './saved-query.resolver';
import { SavedQueryService } from './saved-query.service';

/** The analysts' module: rankings and reporting lists, saved queries, query history. */
export interface AnalyticsServices {
  ranking: RankingService;
  reporting: ReportingService;
  savedQueries: SavedQueryService;
  queryHistory: QueryHistoryService;
}

export function createAnalyticsServices(sql: Db, audit: AuditService): AnalyticsServices {
  return {
    ranking: new RankingService(sql),
    reporting: new ReportingService(sql),
    savedQueries: new SavedQueryService(sql, audit),
    queryHistory: new QueryHistoryService(sql, audit),
  };
}

export const ANALYTICS_RESOLVERS = [RankingResolver, SavedQueryResolver, QueryHistoryResolver] as const;

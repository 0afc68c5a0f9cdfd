import type { ServerModule } from '../../core/module';
import type { Db } from '../../db/sql';
import type { AuditServices } from '../audit/audit.module';
import type { CampaignsServices } from '../campaigns/campaigns.module';
import type { Loaders, Services } from '../context';
import type { TalliesLoaders } from '../tallies/tallies.module';
import type { UnitsServices } from '../units/units.module';
import { directiveExportRouter } from './directive-export.router';
import { DirectiveLineResolver, BodyResolver } from './directive-line.resolver';
import { FiledReportResolver, ReportTaskResolver } from './directive-report.resolver';
import { DirectiveTaskResolver } from './directive-task.resolver';
import { DirectiveWriteResolver } from './directive-write.resolver';
import { DirectiveLoaders } from './directive.loaders';
import { DirectiveResolver } from './directive.resolver';
import { createDirectiveServices, type DirectiveServices } from './directive.services';
import { LineProgressResolver } from './line-progress.resolver';

/** The directives module: official directives, their tasks and lines, progress and filed reports. */
export type DirectivesNeeds = { sql: Db } & UnitsServices & AuditServices & Pick<CampaignsServices, 'campaigns'>;

export interface DirectivesServices {
  directives: DirectiveServices;
}

export interface DirectivesLoaders {
  directives: DirectiveLoaders;
}

export const directivesModule = {
  resolvers: [
    DirectiveResolver,
    DirectiveTaskResolver,
    DirectiveLineResolver,
    BodyResolver,
    FiledReportResolver,
    ReportTaskResolver,
    DirectiveWriteResolver,
    LineProgressResolver,
  ] as const,
  services: (needs: DirectivesNeeds): DirectivesServices => ({ directives: createDirectiveServices(needs) }),
  /** A linked line's state is its unit's progress: read through the request's progress loaders. */
  loaders: (
    { directives, campaigns }: DirectivesServices & Pick<CampaignsServices, 'campaigns'>,
    { progress }: TalliesLoaders,
  ): DirectivesLoaders => ({
    directives: new DirectiveLoaders({ store: directives.store, campaigns, progress }),
  }),
  /** The report export; each request gets loaders of its own. */
  routes: (services: Services, newLoaders: () => Loaders) => directiveExportRouter(services, newLoaders),
} satisfies ServerModule<DirectivesNeeds, DirectivesServices>;

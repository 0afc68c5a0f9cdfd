import { DirectiveLineResolver, BodyResolver } from './directive-line.resolver';
import { FiledReportResolver, ReportTaskResolver } from './directive-report.resolver';
import { DirectiveTaskResolver } from './directive-task.resolver';
import { DirectiveWriteResolver } from './directive-write.resolver';
import { DirectiveResolver } from './directive.resolver';
import { LineProgressResolver } from './line-progress.resolver';

/** The directives module's resolvers, listed once in app/schema.ts. */
export const DIRECTIVE_RESOLVERS = [
  DirectiveResolver, DirectiveTaskResolver, DirectiveLineResolver, BodyResolver, FiledReportResolver, ReportTaskResolver, DirectiveWriteResolver, LineProgressResolver,
] as const;

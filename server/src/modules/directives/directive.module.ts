import { DirectiveLineResolver, BodyResolver, FiledReportResolver } from './directive-line.resolver';
import { DirectiveTaskResolver } from './directive-task.resolver';
import { DirectiveWriteResolver } from './directive-write.resolver';
import { DirectiveResolver } from './directive.resolver';
import { LineProgressResolver } from './line-progress.resolver';

/** The directives module's resolvers, listed once in app/schema.ts. */
export const DIRECTIVE_RESOLVERS = [
  DirectiveResolver, DirectiveTaskResolver, DirectiveLineResolver, BodyResolver, FiledReportResolver, DirectiveWriteResolver, LineProgressResolver,
] as const;

import {
  compareStateSeverity,
  isWithin,
  type IsoDate,
  type Level,
  type LineStatus,
  type ProgressState,
} from '@chitieu/shared';
import type { Context } from '../context';
import { errors } from '../../core/errors';
import { assertCanRead, requireViewer } from '../access/viewer';
import { canSeeLine } from './directive-access';
import type { LineOrder } from './directive.enums';
import type { DirectiveRow, LineInContext } from './directive.rows';

export interface LineFilter {
  /** Only lines of this task number. */
  task?: number | null;
  state?: ProgressState | null;
  /** Only lines whose unit (an agency's: its home unit) is this unit or below it. */
  under?: string | null;
  level?: Level | null;
  orderBy?: LineOrder | null;
}

export interface LineWithStatus {
  item: LineInContext;
  status: LineStatus;
}

function compare(order: LineOrder): ((a: LineWithStatus, b: LineWithStatus) => number) | null {
  const percent = (x: LineWithStatus) => x.status.percentDone ?? Number.POSITIVE_INFINITY;
  switch (order) {
    case 'TASK':
      return null;
    case 'WORST_FIRST':
      return (a, b) => compareStateSeverity(b.status.state, a.status.state) || percent(a) - percent(b);
    case 'PERCENT_DONE':
      return (a, b) => percent(a) - percent(b);
  }
}

/**
 * The lines of a directive the viewer may see, with their states as of a date, filtered and
 * sorted ("every AT_RISK commune of Ba Tri", worst first). States of all matching lines are one
 * batch: pagination cuts the result, not the work, so a page never costs more statements.
 */
export async function queryLines(
  ctx: Context,
  directive: DirectiveRow,
  asOf: IsoDate,
  filter: LineFilter,
): Promise<LineWithStatus[]> {
  const viewer = requireViewer(ctx.viewer);
  let underPath: string | null = null;
  if (filter.under) {
    const unit = await ctx.services.units.byCode(filter.under);
    if (!unit) throw errors.unitNotFound(filter.under);
    assertCanRead(viewer, unit);
    underPath = unit.path;
  }
  const items = (await ctx.loaders.directives.inContext(directive)).filter(
    ({ line, task }) =>
      canSeeLine(viewer, line) &&
      (filter.task == null || task.number === filter.task) &&
      (underPath === null || isWithin(line.unit.path, underPath)) &&
      (filter.level == null || line.unit.level === filter.level),
  );
  const statuses = await ctx.loaders.directives.statuses(items, asOf);
  const lines = items
    .map((item, i) => ({ item, status: statuses[i]! }))
    .filter((l) => filter.state == null || l.status.state === filter.state);
  const order = compare(filter.orderBy ?? 'TASK');
  return order ? lines.sort(order) : lines;
}

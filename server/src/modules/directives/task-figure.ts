import type { Context } from '../context';
import { errors } from '../../core/errors';
import { inScope, requireViewer } from '../access/viewer';
import { canSeeLine } from './directive-access';
import type { DirectiveRow } from './directive.rows';

/**
 * The one scope check of a task's overall figure (its percent done), wherever it is read: on the
 * task itself, in a generated report's task list and in a filed report's. The figure is a mean
 * over all the task's lines, so it is read only by someone who sees every one of them; otherwise it
 * is a figure of the units above them: FORBIDDEN on the field. A task no longer in the directive
 * (removed since a report was filed) is judged by its issuer, whose scope held all its lines.
 */
export async function assertCanSeeTaskFigure(ctx: Context, directive: DirectiveRow, taskNumber: number): Promise<void> {
  const viewer = requireViewer(ctx.viewer);
  const lines = (await ctx.loaders.directives.inContext(directive))
    .filter((i) => i.task.number === taskNumber)
    .map((i) => i.line);
  const issuer = lines.length === 0 ? await ctx.loaders.units.byId.load(directive.issuerUnitId) : undefined;
  const visible =
    lines.length > 0
      ? lines.every((line) => canSeeLine(viewer, line))
      : issuer !== undefined && inScope(viewer, issuer);
  if (!visible) {
    throw errors.forbidden(
      `xem tỷ lệ chung của nhiệm vụ ${taskNumber} (có đơn vị ngoài phạm vi của bạn)`,
      `read the overall percent of task ${taskNumber} (some of its lines are outside your scope)`,
    );
  }
}

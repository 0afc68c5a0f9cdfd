import type { IsoDate } from '@chitieu/shared';
import type { Context } from '../context';
import { requireViewer, type Viewer } from '../access/viewer';
import { writerOf, type Writer } from './directive-access';
import type { LineRef } from './directive-lookup';
import type { DirectiveRow, TaskRow } from './directive.rows';

/** Small helpers the directive resolvers share: defaults, the writer, lookups by name. */
export async function asOfOr(ctx: Context, asOf: IsoDate | null | undefined): Promise<IsoDate> {
  return asOf ?? (await ctx.services.clock.today());
}

export async function writerFor(ctx: Context): Promise<Writer> {
  return writerOf(requireViewer(ctx.viewer), ctx.requestId, await ctx.services.clock.today());
}

export async function findDirective(
  ctx: Context,
  number: string,
  issuer: string | null | undefined,
  viewer: Viewer = requireViewer(ctx.viewer),
): Promise<DirectiveRow> {
  return await ctx.services.directives.lookup.directive(number, issuer, viewer.scopePath);
}

export async function findTask(
  ctx: Context,
  ref: { directive: string; issuer?: string | null; task: number },
): Promise<{ directive: DirectiveRow; task: TaskRow }> {
  const directive = await findDirective(ctx, ref.directive, ref.issuer);
  return { directive, task: await ctx.services.directives.lookup.task(directive, ref.task) };
}

export async function findLine(
  ctx: Context,
  ref: { directive: string; issuer?: string | null; task: number; assignee?: string | null },
): Promise<LineRef> {
  const { directive, task } = await findTask(ctx, ref);
  return await ctx.services.directives.lookup.line(directive, task, ref.assignee);
}

import type { IsoDate } from '@chitieu/shared';
import type { Context } from '../../app/context';
import { requireViewer, type Viewer } from '../access/viewer';
import { writerOf, type Writer } from './directive-access';
import type { LineRef } from './directive-lookup';
import type { DirectiveRow, TaskRow } from './directive.rows';

/** Small helpers the directive resolvers share: defaults, the writer, lookups by name. */
export function asOfOr(ctx: Context, asOf: IsoDate | null | undefined): IsoDate {
  return asOf ?? ctx.services.clock.today();
}

export function writerFor(ctx: Context): Writer {
  return writerOf(requireViewer(ctx.viewer), ctx.requestId, ctx.services.clock.today());
}

export function findDirective(ctx: Context, number: string, issuer: string | null | undefined, viewer: Viewer = requireViewer(ctx.viewer)): DirectiveRow {
  return ctx.services.directives.lookup.directive(number, issuer, viewer.scopePath);
}

export function findTask(ctx: Context, ref: { directive: string; issuer?: string | null; task: number }): { directive: DirectiveRow; task: TaskRow } {
  const directive = findDirective(ctx, ref.directive, ref.issuer);
  return { directive, task: ctx.services.directives.lookup.task(directive, ref.task) };
}

export function findLine(ctx: Context, ref: { directive: string; issuer?: string | null; task: number; assignee?: string | null }): LineRef {
  const { directive, task } = findTask(ctx, ref);
  return ctx.services.directives.lookup.line(directive, task, ref.assignee);
}

import { Arg, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import { addDays, canReadAudit, type IsoDate } from '@chitieu/shared';
import type { Context } from '../context';
import { errors } from '../../core/errors';
import { connection, pageOf } from '../../core/pagination';
import { DateScalar } from '../../core/scalars';
import { requireViewer } from '../access/viewer';
import { Unit } from '../units/unit.types';
import type { AuditEventRow } from './audit.service';
import { AuditEvent, AuditEventConnection } from './audit.types';

/** The first instant of a date in Vietnam (UTC+7), as an ISO timestamp. */
function startOfDay(date: IsoDate): string {
  return new Date(`${date}T00:00:00+07:00`).toISOString();
}

function toEvent({ username, ...row }: AuditEventRow): AuditEvent {
  return { ...row, user: username };
}

@Resolver(() => AuditEvent)
export class AuditResolver {
  @Query(() => String, {
    description:
      'An opaque token (phiên bản dữ liệu) that changes whenever any data changes, since every change is audited. Consoles poll it every few seconds and refetch only when it moved. Any logged-in user.',
  })
  async dataVersion(@Ctx() ctx: Context): Promise<string> {
    requireViewer(ctx.viewer);
    return String(await ctx.services.audit.latestId());
  }

  @Query(() => AuditEventConnection, {
    description:
      'Changes at a unit and everything below it (default: your scope), newest first. ADMIN and ANALYST, within their scope. At most 100 a page.',
  })
  async auditEvents(
    @Ctx() ctx: Context,
    @Arg('unit', () => String, { nullable: true, description: 'Unit code: that unit and everything below.' })
    unit?: string | null,
    @Arg('user', () => String, { nullable: true, description: 'Only changes by this username.' }) user?: string | null,
    @Arg('action', () => String, {
      nullable: true,
      description: 'Only this action, or a family of them ("tally" is tally.record and tally.replace).',
    })
    action?: string | null,
    @Arg('from', () => DateScalar, { nullable: true, description: 'From this date (Vietnam calendar), included.' })
    from?: IsoDate | null,
    @Arg('to', () => DateScalar, { nullable: true, description: 'To this date (Vietnam calendar), included.' })
    to?: IsoDate | null,
    @Arg('first', () => Int, { nullable: true, description: 'Page size, 1 to 100 (default 20).' })
    first?: number | null,
    @Arg('after', () => String, { nullable: true, description: 'Cursor from pageInfo.endCursor.' })
    after?: string | null,
  ): Promise<AuditEventConnection> {
    const viewer = requireViewer(ctx.viewer);
    const page = pageOf(first, after);
    const target = unit ? await ctx.services.units.byCode(unit) : await ctx.services.units.byId(viewer.scopeUnitId);
    if (!target) throw errors.unitNotFound(unit ?? '');
    if (!canReadAudit(viewer, target.path))
      throw errors.forbidden(`xem nhật ký của đơn vị ${target.code}`, `read the audit of unit ${target.code}`);
    const { nodes, totalCount } = await ctx.services.audit.list(
      {
        unitPath: target.path,
        username: user,
        action,
        fromAt: from ? startOfDay(from) : null,
        toAt: to ? startOfDay(addDays(to, 1)) : null,
      },
      page.first,
      page.offset,
    );
    return connection(nodes.map(toEvent), totalCount, page);
  }

  @FieldResolver(() => Unit, {
    nullable: true,
    description: "The unit changed (đơn vị), or the user's scope for account events.",
  })
  async unit(@Root() event: AuditEvent, @Ctx() ctx: Context): Promise<Unit | null> {
    return event.unitId === null ? null : ((await ctx.loaders.units.byId.load(event.unitId)) ?? null);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'Code of the campaign (chiến dịch), for changes to campaign data.',
  })
  async campaign(@Root() event: AuditEvent, @Ctx() ctx: Context): Promise<string | null> {
    return event.campaignId === null
      ? null
      : ((await ctx.services.campaigns.all()).find((c) => c.id === event.campaignId)?.code ?? null);
  }
}

import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, FieldResolver, Info, Int, Query, Resolver, Root } from 'type-graphql';
import type { Level } from '@chitieu/shared';
import type { Context } from '../context';
import { errors } from '../../core/errors';
import { itemFieldsAsked } from '../../core/look-ahead';
import { connection, pageOf } from '../../core/pagination';
import { assertCanRead, canSee, inScope, requireViewer } from '../access/viewer';
import { childrenWindow, MAX_CHILDREN_WINDOW } from './children-window';
import { LevelEnum, Unit, UnitConnection } from './unit.types';

@Resolver(() => Unit)
export class UnitResolver {
  @Query(() => Unit, {
    description:
      'One unit by its code. NOT_FOUND when no unit has it; FORBIDDEN outside your scope and the units above it.',
  })
  async unit(@Arg('code', () => String) code: string, @Ctx() ctx: Context): Promise<Unit> {
    const viewer = requireViewer(ctx.viewer);
    const unit = await ctx.services.units.byCode(code);
    if (!unit) throw errors.unitNotFound(code);
    if (!canSee(viewer, unit)) throw errors.forbidden(`xem đơn vị ${code}`, `see unit ${code}`);
    return unit;
  }

  @Query(() => UnitConnection, {
    description:
      'Units in your scope (or below `parent`), optionally of one level and matching `search` without diacritics or case ("thanh phu" finds "Thạnh Phú"); whole words and higher levels first. At most 100 a page.',
  })
  async units(
    @Ctx() ctx: Context,
    @Arg('search', () => String, { nullable: true, description: 'Words of the name, or a code.' })
    search?: string | null,
    @Arg('level', () => LevelEnum, { nullable: true }) level?: Level | null,
    @Arg('parent', () => String, { nullable: true, description: 'Only units below this one.' }) parent?: string | null,
    @Arg('first', () => Int, { nullable: true, description: 'Page size, 1 to 100 (default 20).' })
    first?: number | null,
    @Arg('after', () => String, { nullable: true, description: 'Cursor from pageInfo.endCursor.' })
    after?: string | null,
  ): Promise<UnitConnection> {
    const viewer = requireViewer(ctx.viewer);
    const page = pageOf(first, after);
    let withinPath = viewer.scopePath;
    if (parent) {
      const parentUnit = await ctx.services.units.byCode(parent);
      if (!parentUnit) throw errors.unitNotFound(parent);
      assertCanRead(viewer, parentUnit);
      withinPath = parentUnit.path;
    }
    const { nodes, totalCount } = await ctx.services.units.search({ search, level, withinPath, ...page });
    return connection(nodes, totalCount, page);
  }

  @FieldResolver(() => Unit, { nullable: true, description: 'The unit directly above (null for the root).' })
  async parent(@Root() unit: Unit, @Ctx() ctx: Context): Promise<Unit | null> {
    if (unit.parentId === null) return null;
    return (await ctx.loaders.units.byId.load(unit.parentId)) ?? null;
  }

  @FieldResolver(() => [Unit], {
    nullable: true,
    description: `The units directly below, by code. With \`first\` (1 to ${MAX_CHILDREN_WINDOW}), only that many from position \`offset\` (0 for the first): a long level read a window at a time. FORBIDDEN above your scope. Below unit(code:) the cost estimate counts the real children at each level (see Query).`,
  })
  async children(
    @Root() unit: Unit,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
    @Arg('first', () => Int, { nullable: true }) first?: number | null,
    @Arg('offset', () => Int, { nullable: true }) offset?: number | null,
  ): Promise<Unit[]> {
    assertCanRead(requireViewer(ctx.viewer), unit);
    const children =
      first == null && offset == null
        ? await ctx.loaders.units.children(unit)
        : await ctx.loaders.units.childrenWindow(unit, childrenWindow(first, offset));
    // The children's own fields (a table of 30 communes with their figures) are read now, for the list.
    await ctx.loaders.readAhead(children, itemFieldsAsked(info));
    return children;
  }

  @FieldResolver(() => Int, {
    nullable: true,
    description: 'How many units are directly below. FORBIDDEN above your scope.',
  })
  childCount(@Root() unit: Unit, @Ctx() ctx: Context): number | Promise<number> {
    assertCanRead(requireViewer(ctx.viewer), unit);
    return ctx.loaders.units.childCount(unit);
  }

  @FieldResolver(() => Int, {
    nullable: true,
    description:
      'How many hamlets (ấp, khu phố) are below (1 for a hamlet). A figure: FORBIDDEN above your scope (null with the error).',
  })
  hamlets(@Root() unit: Unit, @Ctx() ctx: Context): number {
    assertCanRead(requireViewer(ctx.viewer), unit);
    return unit.hamletCount;
  }

  @FieldResolver(() => Int, {
    nullable: true,
    description:
      'Population (dân số) used to split targets, where known (2019 census; synthetic for demo hamlets). A figure: FORBIDDEN above your scope.',
  })
  population(@Root() unit: Unit, @Ctx() ctx: Context): number | null {
    assertCanRead(requireViewer(ctx.viewer), unit);
    return unit.population;
  }

  @FieldResolver(() => [Unit], {
    description: 'The units above, root first (for breadcrumbs). Their names and codes are always visible.',
  })
  async ancestors(@Root() unit: Unit, @Ctx() ctx: Context): Promise<Unit[]> {
    requireViewer(ctx.viewer);
    return await ctx.services.units.ancestors(unit);
  }

  @FieldResolver(() => Boolean, {
    description: "True when you may read this unit's figures (it is your scope or below it).",
  })
  inScope(@Root() unit: Unit, @Ctx() ctx: Context): boolean {
    return inScope(requireViewer(ctx.viewer), unit);
  }
}

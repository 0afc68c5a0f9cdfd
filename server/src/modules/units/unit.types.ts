import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { LEVELS, type Level } from '@chitieu/shared';

export const LevelEnum = Object.fromEntries(LEVELS.map((l) => [l, l])) as { [K in Level]: K };
registerEnumType(LevelEnum, {
  name: 'Level',
  description: 'Level (cấp) of an administrative unit.',
  valuesConfig: {
    COUNTRY: { description: 'The whole country (toàn quốc): the single root of a national tree, above the provinces.' },
    PROVINCE: { description: 'Province-level unit (cấp tỉnh): tỉnh or thành phố trực thuộc trung ương.' },
    DISTRICT: { description: 'District-level unit (cấp huyện): huyện, quận, thị xã, thành phố thuộc tỉnh.' },
    COMMUNE: { description: 'Commune-level unit (cấp xã): xã, phường, thị trấn.' },
    HAMLET: { description: "Hamlet (ấp, khu phố, thôn): where tallies are reported. Not in GSO's catalogue." },
  },
});

@ObjectType({ description: 'A unit (đơn vị hành chính) of the administrative tree.' })
export class Unit {
  id: number;
  path: string;
  parentId: number | null;
  hamletCount: number;

  @Field(() => String, {
    description:
      'Stable code: the GSO code for provinces, districts and communes (83, 836, 29119); a synthetic code for demo hamlets.',
  })
  code: string;

  @Field(() => String, { description: 'Official name with its type, e.g. "Huyện Ba Tri" (tên).' })
  name: string;

  @Field(() => String, {
    description: 'Kind of unit as the law names it (loại): Tỉnh, Huyện, Thành phố, Xã, Phường, Thị trấn, Ấp, Khu phố.',
  })
  type: string;

  @Field(() => LevelEnum, { description: 'Level in the tree (cấp).' })
  level: Level;

  @Field(() => Boolean, {
    description: 'True for units invented for the demo (hamlets are not in the official catalogue).',
  })
  synthetic: boolean;

  /** Read through UnitResolver.population, a figure: FORBIDDEN above the viewer's scope. */
  population: number | null;
}

@ObjectType({ description: 'Where a page of a connection ends.' })
export class PageInfo {
  @Field(() => Boolean, { description: 'True when another page follows.' })
  hasNextPage: boolean;

  @Field(() => String, { nullable: true, description: 'Pass as `after` to get the next page.' })
  endCursor: string | null;
}

@ObjectType({ description: 'A page of units (đơn vị), best match first when searching.' })
export class UnitConnection {
  @Field(() => [Unit], { description: 'The units of this page.' })
  nodes: Unit[];

  @Field(() => Int, { description: 'How many units match in all.' })
  totalCount: number;

  @Field(() => PageInfo, { description: 'Where this page ends.' })
  pageInfo: PageInfo;
}

import { Field, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { SPLIT_METHODS, type SplitMethod } from '@chitieu/shared';
import { PageInfo, Unit } from '../units/unit.types';

export const SplitMethodEnum = Object.fromEntries(SPLIT_METHODS.map((m) => [m, m])) as { [K in SplitMethod]: K };
registerEnumType(SplitMethodEnum, {
  name: 'SplitMethod',
  description:
    'How a split helper spreads a target over the children (cách chia chỉ tiêu), always with largest-remainder rounding.',
  valuesConfig: {
    EQUAL: { description: 'Equal parts (chia đều).' },
    POPULATION: { description: 'In proportion to population (theo dân số); refused when a child has none.' },
    CURRENT: {
      description: 'In proportion to the current targets (theo chỉ tiêu hiện tại); equal parts when they are all 0.',
    },
  },
});

@ObjectType({ description: 'A child unit in a targets editor.' })
export class TargetChild {
  @Field(() => Unit, { description: 'The child unit (đơn vị trực thuộc).' }) unit: Unit;
  @Field(() => Int, { description: 'Its target (chỉ tiêu).' }) target: number;
  @Field(() => Int, { nullable: true, description: 'Its population (dân số), where known: a column to split by.' })
  population: number | null;
}

@ObjectType({
  description:
    "A parent's target and its split over its children (phân bổ chỉ tiêu), with the version to save against.",
})
export class TargetSplit {
  @Field(() => Unit, { description: 'The parent unit (đơn vị).' }) parent: Unit;
  @Field(() => String, {
    description: 'Version token (phiên bản): pass it back as expectedVersion; "0" when never saved.',
  })
  version: string;
  @Field(() => Int, {
    description: "The parent's own target (chỉ tiêu của đơn vị), set by the level above (the campaign for the root).",
  })
  target: number;
  @Field(() => [TargetChild], { description: 'The children and their targets, by code.' }) children: TargetChild[];
  @Field(() => Int, { description: "Sum of the children's targets (đã phân bổ)." }) allocated: number;
  @Field(() => Int, { description: 'target − allocated (chưa phân bổ); negative when over-allocated (phân bổ vượt).' })
  unallocated: number;
  @Field(() => Boolean, { description: 'True when you may save this split (quyền sửa).' }) canEdit: boolean;
}

@InputType({ description: "One child's new target." })
export class TargetCellInput {
  @Field(() => String, { description: 'Code of a unit directly below the parent.' }) unit: string;
  @Field(() => Int, { description: 'Its target (chỉ tiêu), a whole number 0 to 1,000,000,000.' }) target: number;
}

@InputType({
  description:
    'A save of a targets editor (lưu phân bổ chỉ tiêu): one transaction; children left out keep their target.',
})
export class AssignTargetsInput {
  @Field(() => String, { description: 'Campaign code.' }) campaign: string;
  @Field(() => String, { description: 'Code of the parent whose target is split.' }) parent: string;
  @Field(() => [TargetCellInput], { description: 'The children to change, at most 5,000.' }) targets: TargetCellInput[];
  @Field(() => String, {
    nullable: true,
    description: 'The version loaded with targets(); a stale one fails with CONFLICT. Omitted: save over any version.',
  })
  expectedVersion?: string | null;
  @Field(() => String, { nullable: true, description: 'Why (lý do), kept in the audit.' }) reason?: string | null;
}

@ObjectType({ description: 'What assignTargets saved.' })
export class AssignTargetsResult {
  @Field(() => String, { description: 'The new version token (phiên bản mới).' }) version: string;
  @Field(() => Int, { description: "How many children's targets changed." }) changed: number;
  @Field(() => TargetSplit, { description: 'The split as it now stands.' }) split: TargetSplit;
}

@ObjectType({ description: 'A child with the target a split helper proposes (đề xuất).' })
export class SplitPreviewChild {
  @Field(() => Unit, { description: 'The child unit.' }) unit: Unit;
  @Field(() => Int, { description: 'Its target now (chỉ tiêu hiện tại).' }) current: number;
  @Field(() => Int, { description: 'The proposed target (chỉ tiêu đề xuất).' }) proposed: number;
  @Field(() => Int, { nullable: true, description: 'Its population, where known.' }) population: number | null;
}

@ObjectType({ description: 'A proposed split (xem trước): nothing is saved until assignTargets.' })
export class SplitPreview {
  @Field(() => SplitMethodEnum, { description: 'The method used.' }) method: SplitMethod;
  @Field(() => Int, { description: "The total split (tổng): the parent's target unless given." }) total: number;
  @Field(() => String, { description: 'The version the preview was made from.' }) version: string;
  @Field(() => [SplitPreviewChild], {
    description: 'The children, by code; proposed targets sum exactly to the total.',
  })
  children: SplitPreviewChild[];
}

@ObjectType({ description: "A parent whose children's targets do not sum to its own (chỉ tiêu chưa khớp)." })
export class TargetProblem {
  @Field(() => Unit, { description: 'The parent unit.' }) unit: Unit;
  @Field(() => Int, { description: 'Its own target.' }) target: number;
  @Field(() => Int, { description: "Sum of its children's targets (đã phân bổ)." }) allocated: number;
  @Field(() => Int, { description: 'target − allocated; negative when over-allocated.' }) unallocated: number;
  @Field(() => Int, { description: 'How many children it has.' }) childCount: number;
}

@ObjectType({ description: 'A page of target problems, in tree order.' })
export class TargetProblemConnection {
  @Field(() => [TargetProblem], { description: 'The problems of this page.' }) nodes: TargetProblem[];
  @Field(() => Int, { description: 'How many in all.' }) totalCount: number;
  @Field(() => PageInfo, { description: 'Where this page ends.' }) pageInfo: PageInfo;
}

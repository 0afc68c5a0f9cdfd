import {
  Kind,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type FragmentSpreadNode,
  type InlineFragmentNode,
  type SelectionSetNode,
} from 'graphql';

export type Fragments = ReadonlyMap<string, FragmentDefinitionNode>;

export function fragmentsOf(document: DocumentNode): Map<string, FragmentDefinitionNode> {
  const out = new Map<string, FragmentDefinitionNode>();
  for (const def of document.definitions) if (def.kind === Kind.FRAGMENT_DEFINITION) out.set(def.name.value, def);
  return out;
}

/** How one measure combines: the value of a field from its selection's, and of siblings together. */
export interface Measure {
  /** A field's value, given the value of its own selection set (`empty` for a leaf). */
  field(node: FieldNode, inner: number): number;
  /** A fragment (inline, or a spread with its definition), given the value of its selections. */
  fragment(node: InlineFragmentNode | FragmentSpreadNode, inner: number, definition?: FragmentDefinitionNode): number;
  /** Siblings' values together: `Math.max` for depth, addition for counts. */
  combine(a: number, b: number): number;
  empty: number;
}

/**
 * Measures a selection set with its fragments opened, every spread counting as often as it
 * appears (what execution would do), in time linear in the document's size: each named fragment
 * is measured once and its value reused, so a "fragment bomb" (A spreads B twice, B spreads C
 * twice…) costs no more to measure than to read. A fragment that spreads itself, directly or not,
 * counts as empty here (graphql-js's own rule refuses the cycle).
 */
export function measureSelections(
  set: SelectionSetNode,
  fragments: Fragments,
  measure: Measure,
  memo = new Map<string, number | null>(),
): number {
  let total = measure.empty;
  for (const selection of set.selections) {
    let value: number;
    if (selection.kind === Kind.FIELD) {
      value = measure.field(
        selection,
        selection.selectionSet ? measureSelections(selection.selectionSet, fragments, measure, memo) : measure.empty,
      );
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      value = measure.fragment(selection, measureSelections(selection.selectionSet, fragments, measure, memo));
    } else {
      const name = selection.name.value;
      const definition = fragments.get(name);
      let inner = memo.get(name);
      if (inner === undefined && definition) {
        memo.set(name, null);
        inner = measureSelections(definition.selectionSet, fragments, measure, memo);
        memo.set(name, inner);
      }
      value = measure.fragment(selection, inner ?? measure.empty, definition);
    }
    total = measure.combine(total, value);
  }
  return total;
}

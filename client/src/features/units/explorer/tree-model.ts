import { foldVietnamese, type Level } from '@chitieu/shared';

export interface TreeNode {
  code: string;
  name: string;
  level: Level;
  childCount: number;
  /** undefined while a long level's window with this row has not been read yet (figure-windows.ts). */
  activatedRate: number | null | undefined;
}

export interface TreeRow {
  node: TreeNode;
  /** aria-level: 1 for the root. */
  depth: number;
  /** undefined for a leaf (no twistie). */
  expanded: boolean | undefined;
  loading: boolean;
  parentCode: string | null;
  posInSet: number;
  setSize: number;
}

export interface TreeData {
  root: TreeNode | null;
  children: ReadonlyMap<string, readonly TreeNode[]>;
  expanded: ReadonlySet<string>;
  loading: ReadonlySet<string>;
}

/**
 * The visible rows of the explorer, depth first. With a filter, a row shows when its name
 * matches (without diacritics) or a loaded descendant's does, and rows on the way to a match are
 * shown expanded.
 */
export function visibleRows(data: TreeData, filter = ''): TreeRow[] {
  const { root } = data;
  if (!root) return [];
  const words = foldVietnamese(filter).split(' ').filter(Boolean);
  const matches = (node: TreeNode) => {
    const name = foldVietnamese(`${node.name} ${node.code}`);
    return words.every((word) => name.includes(word));
  };
  const keep = new Map<string, boolean>();
  const keeps = (node: TreeNode): boolean => {
    const known = keep.get(node.code);
    if (known !== undefined) return known;
    const result = matches(node) || (data.children.get(node.code) ?? []).some(keeps);
    keep.set(node.code, result);
    return result;
  };
  const filtering = words.length > 0;
  const rows: TreeRow[] = [];
  const walk = (node: TreeNode, depth: number, parentCode: string | null, posInSet: number, setSize: number) => {
    const kids = data.children.get(node.code);
    const openForFilter = filtering && (kids ?? []).some(keeps);
    const expanded = node.childCount === 0 ? undefined : data.expanded.has(node.code) || openForFilter;
    rows.push({ node, depth, expanded, loading: data.loading.has(node.code), parentCode, posInSet, setSize });
    if (!expanded || !kids) return;
    const shown = filtering ? kids.filter(keeps) : kids;
    shown.forEach((child, index) => walk(child, depth + 1, node.code, index + 1, shown.length));
  };
  if (!filtering || keeps(root)) walk(root, 1, null, 1, 1);
  return rows;
}

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

/** The words a unit's name starts with that say what kind of unit it is; type-to-find looks past them. */
const TYPE_WORDS = /^(tinh|thanh pho|thi xa|thi tran|huyen|quan|phuong|xa|ap|khu pho|to dan pho|thon) /;

/**
 * Type-to-find: the first row from `from` on (wrapping around) whose name starts with the typed
 * letters, without diacritics, either at its very start or after its kind ("cho l" finds "Huyện
 * Chợ Lách", "huyen c" too). -1 when none does.
 */
export function findByPrefix(rows: readonly TreeRow[], typed: string, from: number): number {
  const prefix = foldVietnamese(typed);
  if (!prefix || rows.length === 0) return -1;
  for (let step = 0; step < rows.length; step++) {
    const index = (((from + step) % rows.length) + rows.length) % rows.length;
    const name = foldVietnamese(rows[index]?.node.name ?? '');
    if (name.startsWith(prefix) || name.replace(TYPE_WORDS, '').startsWith(prefix)) return index;
  }
  return -1;
}

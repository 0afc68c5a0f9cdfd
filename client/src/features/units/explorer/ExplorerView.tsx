import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from '../../../workbench/state/store';
import { useWorkbench } from '../../../workbench/WorkbenchContext';
import { openUnit } from '../open-unit';
import { ReportCompleteness } from '../ReportCompleteness';
import type { ExplorerModel } from './explorer-model';
import { findByPrefix, visibleRows, type TreeNode } from './tree-model';
import { TreeRow, treeRowId } from './TreeRow';

const ROW_HEIGHT = 22;
/** Letters typed within this many milliseconds of each other make one type-to-find prefix. */
const TYPE_AHEAD_MS = 800;
export const EXPLORER_MENU = 'explorer/context';

/** Context keys of the clicked row, for the when clauses of the explorer's menu (other features' commands). */
const menuContext = (node: TreeNode) => ({ explorerItemLevel: node.level });

/**
 * The explorer: the unit tree from the user's scope down to hamlets, lazily loaded and
 * virtualised, with a filter box. Keys as in VS Code: ↑ ↓ move, → expands or goes to the first
 * child, ← collapses or goes to the parent, Enter opens, Space previews, Shift+F10 for the menu;
 * typing letters jumps to the next row whose name starts with them. A click previews the unit and
 * toggles its row, except the root's (the user's scope is the tree itself, as VS Code's folder).
 */
export function ExplorerView({ model }: { model: ExplorerModel }) {
  const wb = useWorkbench();
  const { t } = useTranslation('units');
  const state = useStore(model.store);
  const rows = useMemo(() => visibleRows(state, state.filter), [state]);
  const scroller = useRef<HTMLDivElement>(null);
  const [hasFocus, setHasFocus] = useState(false);
  const typed = useRef({ text: '', at: 0 });
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
  });
  const index = rows.findIndex((row) => row.node.code === state.selected);
  const current = rows[index];
  const items = virtualizer.getVirtualItems();
  const [first, last] = [items[0]?.index ?? 0, items.at(-1)?.index ?? -1];

  // The figures of long levels' rows come as those rows are drawn.
  useEffect(() => {
    model.showFigures(rows.slice(first, last + 1));
  }, [model, rows, first, last]);

  useEffect(() => {
    if (index >= 0) virtualizer.scrollToIndex(index, { align: 'auto' });
  }, [index, virtualizer]);

  const open = (code: string, name: string, pinned: boolean, side = false) => {
    model.select(code);
    openUnit(wb, { code, name }, { pinned, side });
  };

  /** Type-to-find: a printable key (a space only after letters) adds to the prefix and moves there. */
  const typeAhead = (event: KeyboardEvent<HTMLDivElement>): boolean => {
    if (event.key.length !== 1 || event.ctrlKey || event.metaKey || event.altKey) return false;
    const fresh = event.timeStamp - typed.current.at > TYPE_AHEAD_MS;
    if (event.key === ' ' && (fresh || !typed.current.text)) return false;
    typed.current = { text: (fresh ? '' : typed.current.text) + event.key, at: event.timeStamp };
    // A first letter looks from the next row on (pressing it again cycles); more letters refine from here.
    const found = findByPrefix(rows, typed.current.text, typed.current.text.length === 1 ? index + 1 : index);
    const row = rows[found];
    if (row) model.select(row.node.code);
    event.preventDefault();
    event.stopPropagation();
    return true;
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const go = (i: number) => {
      const row = rows[Math.max(0, Math.min(rows.length - 1, i))];
      if (row) model.select(row.node.code);
    };
    if (!current) {
      if (rows[0]) go(0);
      return;
    }
    const { node } = current;
    if (typeAhead(event)) return;
    switch (event.key) {
      case 'ArrowDown':
        go(index + 1);
        break;
      case 'ArrowUp':
        go(index - 1);
        break;
      case 'Home':
        go(0);
        break;
      case 'End':
        go(rows.length - 1);
        break;
      case 'PageDown':
        go(index + 10);
        break;
      case 'PageUp':
        go(index - 10);
        break;
      case 'ArrowRight':
        if (current.expanded === false) void model.expand(node.code);
        else if (current.expanded) go(index + 1);
        break;
      case 'ArrowLeft':
        if (current.expanded) model.collapse(node.code);
        else if (current.parentCode) model.select(current.parentCode);
        break;
      case 'Enter':
        open(node.code, node.name, true, event.altKey || event.ctrlKey);
        break;
      case ' ':
        open(node.code, node.name, false);
        break;
      case 'ContextMenu':
        wb.contextMenu.showAt(
          document.getElementById(treeRowId(node.code)) ?? event.currentTarget,
          EXPLORER_MENU,
          [node],
          menuContext(node),
        );
        break;
      default:
        if (event.key === 'F10' && event.shiftKey) {
          wb.contextMenu.showAt(
            document.getElementById(treeRowId(node.code)) ?? event.currentTarget,
            EXPLORER_MENU,
            [node],
            menuContext(node),
          );
          break;
        }
        return;
    }
    event.preventDefault();
    event.stopPropagation();
  };

  return (
    <div className="explorer">
      <div className="explorer-filter">
        <input
          className="input"
          type="search"
          value={state.filter}
          placeholder={t('explorer.filter')}
          title={t('explorer.filterHint')}
          aria-label={t('explorer.filter')}
          aria-controls="explorer-tree"
          onChange={(event) => model.setFilter(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'ArrowDown') {
              event.preventDefault();
              document.getElementById('explorer-tree')?.focus();
            }
          }}
        />
      </div>
      {(current?.node.code ?? state.root?.code) && (
        <ReportCompleteness code={current?.node.code ?? state.root?.code ?? ''} className="explorer-completeness" />
      )}
      {state.error && (
        <p className="view-error" role="alert">
          {t('explorer.error', { message: state.error })}
        </p>
      )}
      {!state.root && !state.error && <p className="empty-view">{t('explorer.loading')}</p>}
      {state.root && rows.length === 0 && <p className="empty-view">{t('explorer.noMatch')}</p>}
      <div
        ref={scroller}
        id="explorer-tree"
        className={`tree${hasFocus ? ' has-focus' : ''}`}
        role="tree"
        aria-label={t('explorer.tree')}
        aria-activedescendant={current ? treeRowId(current.node.code) : undefined}
        tabIndex={0}
        data-focus-default
        onKeyDown={onKeyDown}
        onFocus={() => setHasFocus(true)}
        onBlur={() => setHasFocus(false)}
      >
        <div className="tree-rows" style={{ height: virtualizer.getTotalSize() }}>
          {items.map((item) => {
            const row = rows[item.index];
            if (!row) return null;
            const { node } = row;
            return (
              <TreeRow
                key={node.code}
                row={row}
                top={item.start}
                selected={node.code === state.selected}
                focused={hasFocus && node.code === state.selected}
                onToggle={() => {
                  model.select(node.code);
                  void model.toggle(node.code);
                }}
                onClick={(clicks) => {
                  open(node.code, node.name, false);
                  if (clicks <= 1 && row.expanded !== undefined && row.parentCode !== null)
                    void model.toggle(node.code);
                }}
                onOpen={(pinned) => open(node.code, node.name, pinned)}
                onContextMenu={(event) => {
                  event.preventDefault();
                  model.select(node.code);
                  wb.contextMenu.show({
                    menu: EXPLORER_MENU,
                    x: event.clientX,
                    y: event.clientY,
                    args: [node],
                    context: menuContext(node),
                  });
                }}
              />
            );
          })}
        </div>
      </div>
    </div>
  );
}

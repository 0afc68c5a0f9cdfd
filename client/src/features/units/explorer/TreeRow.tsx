import type { MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Codicon } from '../../../workbench/Codicon';
import { RateBadge } from '../RateBadge';
import type { TreeRow as Row } from './tree-model';

export const LEVEL_ICONS = {
  COUNTRY: 'globe',
  PROVINCE: 'globe',
  DISTRICT: 'map',
  COMMUNE: 'home',
  HAMLET: 'location',
} as const;

export function treeRowId(code: string): string {
  return `explorer-row-${code}`;
}

/** One row of the explorer: twistie, level icon, name and the activation-rate badge. */
export function TreeRow({
  row,
  selected,
  focused,
  top,
  onToggle,
  onClick,
  onOpen,
  onContextMenu,
}: {
  row: Row;
  selected: boolean;
  focused: boolean;
  top: number;
  onToggle(): void;
  /** A click: `clicks` is 2 for the second click of a double click. */
  onClick(clicks: number): void;
  onOpen(pinned: boolean): void;
  onContextMenu(event: MouseEvent): void;
}) {
  const { t } = useTranslation('units');
  const { node } = row;
  return (
    <div
      id={treeRowId(node.code)}
      role="treeitem"
      aria-level={row.depth}
      aria-setsize={row.setSize}
      aria-posinset={row.posInSet}
      aria-expanded={row.expanded}
      aria-selected={selected}
      aria-busy={row.loading || undefined}
      className={`tree-row${selected ? ' selected' : ''}${focused ? ' focused' : ''}`}
      style={{ transform: `translateY(${top}px)`, paddingLeft: 8 + (row.depth - 1) * 12 }}
      data-code={node.code}
      onClick={(event) => onClick(event.detail)}
      onDoubleClick={() => onOpen(true)}
      onContextMenu={onContextMenu}
    >
      {Array.from({ length: row.depth - 1 }, (_, i) => (
        <span key={i} className="indent-guide" style={{ left: 8 + i * 12 + 7 }} aria-hidden="true" />
      ))}
      <span
        className="twistie"
        aria-hidden="true"
        onClick={(event) => {
          event.stopPropagation();
          onToggle();
        }}
      >
        {row.expanded !== undefined && (
          <Codicon
            name={row.loading ? 'loading' : row.expanded ? 'chevron-down' : 'chevron-right'}
            spin={row.loading}
          />
        )}
      </span>
      <Codicon name={LEVEL_ICONS[node.level]} className={`level-icon level-${node.level.toLowerCase()}`} />
      <span className="tree-label">{node.name}</span>
      <RateBadge rate={node.activatedRate} label={t('explorer.rate', { rate: '' }).trim()} />
    </div>
  );
}

import type { ComponentType } from 'react';
import type { Localized } from '../state/localized';

/**
 * One source of problems in the Problems panel (the contribution point features extend): the
 * targets feature lists target mismatches, the directives feature overdue and at-risk lines.
 * The shell renders each section under its title, in order; the section loads and shows its own
 * items, and says so when it has none.
 */
export interface ProblemSection {
  id: string;
  title: Localized;
  /** Codicon name. */
  icon: string;
  /** Lower comes first. */
  order?: number;
  component: ComponentType;
}

/** The Problems panel's view id, for commands that show it (wb.layout.showPanelView). */
export const PROBLEMS_VIEW = 'problems';

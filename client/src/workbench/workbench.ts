import { ContextKeys } from './commands/context-keys';
import { CommandRegistry } from './commands/registry';
import { DialogService } from './dialogs/dialog-service';
import { EditorService } from './editors/editor-service';
import { LayoutService } from './layout/layout-service';
import { ContextMenuService } from './menus/context-menu-service';
import { NotificationService } from './notifications/notification-service';
import { QuickInputService } from './palette/quick-input-service';
import type { ProblemSection } from './problems/problem-section';
import { ContributionRegistry } from './state/registry';
import type { EditorProvider, QuickOpenProvider, StatusBarItem, ViewContribution } from './views/contributions';

/** The parts F6 cycles through, in order. */
export const PARTS = ['activitybar', 'sidebar', 'editor', 'panel', 'statusbar'] as const;
export type Part = (typeof PARTS)[number];

/**
 * Everything the shell offers features: registries to contribute to and services to call. One
 * instance per signed-in user ("profile"), so the layout is remembered per user.
 */
export class Workbench {
  readonly commands = new CommandRegistry();
  readonly context = new ContextKeys();
  readonly views = new ContributionRegistry<ViewContribution>('View');
  readonly editorProviders = new ContributionRegistry<EditorProvider>('Editor provider');
  readonly statusBar = new ContributionRegistry<StatusBarItem>('Status bar item');
  readonly quickOpen = new ContributionRegistry<QuickOpenProvider>('Quick open provider');
  /** Sections of the Problems panel (target mismatches, overdue directive lines…). */
  readonly problems = new ContributionRegistry<ProblemSection>('Problem section');
  readonly dialogs = new DialogService();
  readonly notifications = new NotificationService();
  readonly quickInput = new QuickInputService();
  readonly contextMenu = new ContextMenuService();
  readonly layout: LayoutService;
  readonly editors: EditorService;

  constructor(readonly profile: string) {
    this.layout = new LayoutService(profile);
    this.editors = new EditorService(profile, this.dialogs);
  }

  /** Moves keyboard focus into a part of the window (F6 / Shift+F6 cycle them). */
  focusPart(part: Part): boolean {
    const root = document.querySelector<HTMLElement>(`[data-part="${part}"]`);
    if (!root) return false;
    const target =
      root.querySelector<HTMLElement>('[data-focus-default]') ??
      root.querySelector<HTMLElement>('[tabindex="0"], button, input, [href]') ??
      root;
    target.focus();
    return document.activeElement === target;
  }

  focusNextPart(direction: 1 | -1): void {
    const current = document.activeElement?.closest<HTMLElement>('[data-part]')?.dataset.part;
    let index = PARTS.indexOf(current as Part);
    for (let step = 0; step < PARTS.length; step++) {
      index = (index + direction + PARTS.length) % PARTS.length;
      const part = PARTS[index];
      if (part && this.focusPart(part)) return;
    }
  }
}

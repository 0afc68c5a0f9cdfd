import { createElement } from 'react';
import { activateAccess } from '../features/access';
import { activateAnalytics } from '../features/analytics';
import { activateAudit } from '../features/audit';
import { activateCampaigns } from '../features/campaigns';
import { activateDirectives } from '../features/directives';
import { activateTallies } from '../features/tallies';
import { activateTargets } from '../features/targets';
import { activateUnits } from '../features/units';
import { i18n } from '../i18n/i18n';
import { errorMessage } from '../lib/errors';
import type { FeatureContext } from '../lib/feature';
import { refreshAll, startRefresh } from '../lib/refresh';
import { registerWorkbench } from '../workbench/register';
import { ConnectionStatusItem } from './ConnectionStatusItem';
import './i18n';

/**
 * The composition root: the shell's own contributions, then each feature's, then the data
 * refresh (changes pushed over a live socket, or a version token polled every 3 s without one). Returns what stops it all when the user signs out.
 */
export function activateAll(context: FeatureContext): () => void {
  const { workbench, client } = context;
  registerWorkbench(workbench);
  activateAccess(context);
  activateCampaigns(context);
  const stopUnits = activateUnits(context);
  activateTallies(context);
  activateTargets(context);
  activateAudit(context);
  const stopAnalytics = activateAnalytics(context);
  const stopDirectives = activateDirectives(context);

  const refresh = async (): Promise<void> => {
    try {
      await workbench.notifications.withProgress(i18n.t('app:refresh.working'), refreshAll(client));
    } catch (error) {
      workbench.notifications.error(i18n.t('app:refresh.failed'), errorMessage(error));
    }
  };
  workbench.commands.register({
    id: 'workbench.action.refresh',
    title: { vi: 'Làm mới số liệu', en: 'Refresh Figures' },
    category: { vi: 'Xem', en: 'View' },
    icon: 'refresh',
    keybinding: ['F5', 'Alt+KeyR'],
    menus: [{ menu: 'view/title:explorer', order: 1 }],
    run: refresh,
  });
  workbench.statusBar.register({
    id: 'app.connection',
    alignment: 'right',
    order: 10,
    component: () => createElement(ConnectionStatusItem, { onRefresh: () => void refresh() }),
  });
  const stopRefresh = startRefresh(client);
  return () => {
    stopRefresh();
    stopUnits();
    stopAnalytics();
    stopDirectives();
  };
}

import { formatDate } from '@chitieu/shared';
import { createElement } from 'react';
import { i18n } from '../../i18n/i18n';
import { parseViDate } from '../../lib/dates';
import type { FeatureContext } from '../../lib/feature';
import type { Localized } from '../../workbench/state/localized';
import { campaignStore, loadCampaign, setAsOf } from './campaign-store';
import { CampaignEditor } from './editor/CampaignEditor';
import { AsOfStatusItem, CampaignStatusItem } from './StatusItems';
import './i18n';

export { campaignStore, useCampaign, type Campaign, type CampaignView } from './campaign-store';

const CATEGORY = { vi: 'Chiến dịch', en: 'Campaign' };

/** The current campaign, the business clock's today, and the as-of date in the status bar. */
export function activateCampaigns({ workbench, client, user }: FeatureContext): void {
  campaignStore.set({ status: 'loading', campaign: null, today: null, chosenAsOf: null });
  void loadCampaign(client);
  const t = i18n.getFixedT(null, 'campaigns');

  const chooseAsOf = async () => {
    const state = campaignStore.get();
    const current = state.chosenAsOf ?? state.today;
    const start = state.campaign?.startDate;
    const value = await workbench.quickInput.input({
      title: t('asOf.prompt'),
      placeholder: t('asOf.placeholder'),
      value: current ? formatDate(current) : '',
      validate: (text) => {
        const date = parseViDate(text);
        if (!date) return t('asOf.invalid');
        if (start && date < start) return t('asOf.beforeStart', { date: formatDate(start) });
        return null;
      },
    });
    const date = value === undefined ? null : parseViDate(value);
    if (!date) return;
    setAsOf(date);
    workbench.notifications.trace(t('asOf.changed', { date: formatDate(date) }));
  };

  workbench.commands.register({
    id: 'campaigns.setAsOfDate',
    title: { vi: 'Chọn ngày số liệu…', en: 'Set As-of Date…' },
    category: CATEGORY,
    icon: 'calendar',
    keybinding: ['Alt+KeyD'],
    run: chooseAsOf,
  });
  workbench.commands.register({
    id: 'campaigns.asOfToday',
    title: { vi: 'Xem số liệu hôm nay', en: 'Show Figures as of Today' },
    category: CATEGORY,
    icon: 'history',
    run: () => setAsOf(null),
  });
  if (user.role === 'ADMIN') registerCampaignEditor(workbench);
  workbench.statusBar.register({
    id: 'campaigns.campaign',
    alignment: 'left',
    order: 10,
    component: CampaignStatusItem,
  });
  workbench.statusBar.register({
    id: 'campaigns.asOf',
    alignment: 'left',
    order: 20,
    component: () => createElement(AsOfStatusItem, { onClick: () => void chooseAsOf() }),
  });
}

/** The campaign editor (ADMIN; the server lets only an admin of the root unit save). */
function registerCampaignEditor(workbench: FeatureContext['workbench']): void {
  const open = (id: string, label: string, title?: Localized) =>
    workbench.editors.open({ typeId: 'campaign', id, label, ...(title ? { title } : {}) }, { pinned: true });
  workbench.editorProviders.register({
    id: 'campaign',
    icon: 'target',
    component: CampaignEditor,
  });
  workbench.commands.register({
    id: 'campaigns.edit',
    title: { vi: 'Sửa chiến dịch hiện tại', en: 'Edit Current Campaign' },
    category: CATEGORY,
    icon: 'edit',
    run: () => {
      const campaign = campaignStore.get().campaign;
      if (campaign) open(campaign.code, campaign.code);
    },
  });
  workbench.commands.register({
    id: 'campaigns.create',
    title: { vi: 'Tạo chiến dịch mới', en: 'New Campaign' },
    category: CATEGORY,
    icon: 'add',
    run: () => open('new', 'Chiến dịch mới', { vi: 'Chiến dịch mới', en: 'New campaign' }),
  });
}

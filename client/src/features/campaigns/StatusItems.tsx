import { formatDate } from '@chitieu/shared';
import { useTranslation } from 'react-i18next';
import { StatusBarButton } from '../../workbench/statusbar/StatusBarButton';
import { useStore } from '../../workbench/state/store';
import { campaignStore, useCampaign } from './campaign-store';

export function CampaignStatusItem() {
  const { t } = useTranslation('campaigns');
  const state = useStore(campaignStore);
  if (state.status === 'error')
    return (
      <StatusBarButton icon="warning" kind="error" title={state.error ?? ''}>
        {t('campaign.loadFailed')}
      </StatusBarButton>
    );
  const campaign = state.campaign;
  if (!campaign)
    return (
      <StatusBarButton icon="target" title={t('campaign.none')}>
        {t('campaign.none')}
      </StatusBarButton>
    );
  return (
    <StatusBarButton
      icon="target"
      title={t('campaign.title', { name: campaign.name, deadline: formatDate(campaign.deadline) })}
      testId="status-campaign"
    >
      {campaign.code}
    </StatusBarButton>
  );
}

export function AsOfStatusItem({ onClick }: { onClick: () => void }) {
  const { t } = useTranslation('campaigns');
  const { asOf, isToday } = useCampaign();
  if (!asOf) return null;
  const label = t('asOf.label', { date: formatDate(asOf) }) + (isToday ? ` (${t('asOf.today')})` : '');
  return (
    <StatusBarButton
      icon="calendar"
      title={t('asOf.title')}
      onClick={onClick}
      kind={isToday ? undefined : 'prominent'}
      testId="status-asof"
    >
      {label}
    </StatusBarButton>
  );
}

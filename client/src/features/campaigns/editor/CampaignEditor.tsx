import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { useSignedInUser } from '../../../lib/signed-in-user';
import type { EditorProps } from '../../../workbench/views/contributions';
import { CampaignDetailsQuery } from '../operations/campaign-details';
import { CampaignFormView } from './CampaignFormView';
import './i18n';

/** A campaign's tab (ADMIN of its root unit): its fields as a form, or a new campaign's. */
export function CampaignEditor(props: EditorProps) {
  const { scope } = useSignedInUser();
  const { t } = useTranslation('campaignEditor');
  const creating = props.input.id === 'new';
  // The root's target is FORBIDDEN to an admin below the root: null with its error (errorPolicy "all",
  // the console's default), and the rest of the campaign shows, read-only.
  const { data } = useQuery(CampaignDetailsQuery, { variables: { code: props.input.id }, skip: creating });
  if (creating) return <CampaignFormView {...props} campaign={null} rootUnit={scope} editable />;
  if (!data?.campaign) return <p className="editor-message">{t('loading')}</p>;
  return (
    <CampaignFormView
      {...props}
      campaign={data.campaign}
      rootUnit={data.campaign.rootUnit}
      editable={data.campaign.rootUnit.inScope}
    />
  );
}

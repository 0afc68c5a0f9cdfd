import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../lib/errors';
import type { EditorProps } from '../../../workbench/views/contributions';
import { useCampaign } from '../../campaigns';
import { TargetsQuery } from '../operations/targets';
import { TargetsSheet } from './TargetsSheet';

/** A unit's targets tab: loads its split (with the version token), TargetsSheet edits it. */
export function TargetsEditor(props: EditorProps) {
  const { t } = useTranslation('targets');
  const { campaign } = useCampaign();
  const { data, error, refetch } = useQuery(TargetsQuery, {
    variables: { campaign: campaign?.code ?? '', parent: props.input.id },
    skip: !campaign,
    fetchPolicy: 'cache-and-network',
  });
  if (error && !data)
    return (
      <p className="view-error" role="alert">
        {t('editor.loadFailed', { message: errorMessage(error) })}
      </p>
    );
  if (!data || !campaign) return <p className="editor-message">{t('editor.loading')}</p>;
  return (
    <TargetsSheet
      {...props}
      split={data.targets}
      campaign={campaign.code}
      reload={() => refetch().then((r) => r.data?.targets)}
    />
  );
}

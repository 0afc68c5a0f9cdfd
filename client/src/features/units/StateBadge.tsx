import type { ProgressState } from '@chitieu/shared';
import { useTranslation } from 'react-i18next';
import { Codicon } from '../../workbench/Codicon';

const ICONS: Record<ProgressState, string> = {
  DONE: 'pass',
  ON_TRACK: 'check',
  AT_RISK: 'warning',
  OVERDUE: 'error',
  NOT_STARTED: 'circle-small',
};

/** A progress state (from the API) as an icon and a word. */
export function StateBadge({ state }: { state: ProgressState }) {
  const { t } = useTranslation('units');
  return (
    <span className={`state-badge state-${state.toLowerCase().replace('_', '-')}`}>
      <Codicon name={ICONS[state]} />
      {t(`state.${state}`)}
    </span>
  );
}

import { formatCount, formatDateTime } from '@chitieu/shared';
import { useTranslation } from 'react-i18next';
import type { AuditEventsQuery } from '../../gql/graphql';
import { useLanguage } from '../../workbench/WorkbenchContext';
import { actionLabel, valueText } from './audit-labels';

type AuditEvent = AuditEventsQuery['auditEvents']['nodes'][number];

/** The events, newest first: when, who (role), what, where, before → after, why. */
export function AuditTable({ events }: { events: readonly AuditEvent[] }) {
  const { t } = useTranslation('audit');
  const language = useLanguage();
  const format = (n: number) => formatCount(n, language);
  return (
    <div className="table-scroll audit-scroll">
      <table className="data-table audit-table" data-testid="audit-table">
        <thead>
          <tr>
            <th scope="col">{t('col.at')}</th>
            <th scope="col">{t('col.user')}</th>
            <th scope="col">{t('col.action')}</th>
            <th scope="col">{t('col.unit')}</th>
            <th scope="col">{t('col.field')}</th>
            <th scope="col">{t('col.change')}</th>
            <th scope="col">{t('col.reason')}</th>
          </tr>
        </thead>
        <tbody>
          {events.map((e) => (
            <tr key={e.id} title={e.requestId ? t('requestId', { id: e.requestId }) : undefined}>
              <td>{formatDateTime(e.at)}</td>
              <td>
                {e.user}
                {e.role && <span className="muted small"> · {t(`access:role.${e.role}`)}</span>}
              </td>
              <td>{actionLabel(e.action, language)}</td>
              <td>{e.unit ? `${e.unit.name} (${e.unit.code})` : '—'}</td>
              <td>{e.field ?? '—'}</td>
              <td className="wrap">
                {valueText(e.oldValue, format)} → {valueText(e.newValue, format)}
              </td>
              <td className="wrap">{e.reason ?? ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

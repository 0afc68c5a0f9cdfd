import { formatCount, formatRate } from '@chitieu/shared';
import { useTranslation } from 'react-i18next';
import type { ReportRowFieldsFragment } from '../../../gql/graphql';
import { useLanguage } from '../../../workbench/WorkbenchContext';
import { formatChange } from './report-format';

/** Column widths in percent (A4 portrait): index, unit, target, counts, rates, changes, rank, state. */
const WIDTHS = [5, 21, 10, 10, 9, 10, 9, 7, 19];
const WIDTHS_WITH_CHANGE = [5, 18, 9, 9, 9, 8, 9, 9, 8, 5, 11];

/** Per district (or commune): target, both counts with rates and change, rank, state; then the total. */
export function ReportUnitsTable({
  rows,
  total,
  hasPrevious,
}: {
  rows: readonly ReportRowFieldsFragment[];
  total: ReportRowFieldsFragment;
  hasPrevious: boolean;
}) {
  const { t } = useTranslation('directives');
  const language = useLanguage();
  const count = (n: number) => formatCount(n, language);
  const cells = (row: ReportRowFieldsFragment) => (
    <>
      <td className="num">{count(row.target)}</td>
      <td className="num">{count(row.collected)}</td>
      <td className="num">{formatRate(row.collectedRate ?? null, language)}</td>
      {hasPrevious && <td className="num">{formatChange(row.collectedChange ?? null, language)}</td>}
      <td className="num">{count(row.activated)}</td>
      <td className="num">{formatRate(row.activatedRate ?? null, language)}</td>
      {hasPrevious && <td className="num">{formatChange(row.activatedChange ?? null, language)}</td>}
    </>
  );
  const span = hasPrevious ? 3 : 2;
  return (
    <table className="dir-doc-table dir-doc-units" data-testid="report-units">
      <colgroup>
        {(hasPrevious ? WIDTHS_WITH_CHANGE : WIDTHS).map((width, i) => (
          <col key={i} style={{ width: `${width}%` }} />
        ))}
      </colgroup>
      <thead>
        <tr>
          <th rowSpan={2}>{t('doc.col.index')}</th>
          <th rowSpan={2}>{t('doc.col.unit')}</th>
          <th rowSpan={2}>{t('doc.col.target')}</th>
          <th colSpan={span}>{t('doc.col.collected')}</th>
          <th colSpan={span}>{t('doc.col.activated')}</th>
          <th rowSpan={2}>{t('doc.col.rank')}</th>
          <th rowSpan={2}>{t('doc.col.state')}</th>
        </tr>
        <tr>
          <th>{t('doc.col.count')}</th>
          <th>{t('doc.col.rate')}</th>
          {hasPrevious && <th>{t('doc.col.change')}</th>}
          <th>{t('doc.col.count')}</th>
          <th>{t('doc.col.rate')}</th>
          {hasPrevious && <th>{t('doc.col.change')}</th>}
        </tr>
      </thead>
      <tbody>
        {rows.map((row, index) => (
          <tr key={row.unitCode}>
            <td className="center">{index + 1}</td>
            <td>{row.unitName}</td>
            {cells(row)}
            <td className="center">{row.rank ?? '—'}</td>
            <td>{t(`state.${row.state}`)}</td>
          </tr>
        ))}
        <tr className="dir-doc-total">
          <td />
          <td>{t('doc.total', { name: total.unitName })}</td>
          {cells(total)}
          <td />
          <td>{t(`state.${total.state}`)}</td>
        </tr>
      </tbody>
    </table>
  );
}

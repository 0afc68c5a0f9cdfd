import { useQuery } from '@apollo/client/react';
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { Codicon } from '../../../workbench/Codicon';
import type { EditorInput } from '../../../workbench/editors/editor-state';
import { useWorkbench } from '../../../workbench/WorkbenchContext';
import { LEVEL_ICONS } from '../explorer/TreeRow';
import { UnitAncestorsQuery } from '../operations/unit-ancestors';
import { openUnit } from '../open-unit';

/**
 * Tỉnh Bến Tre › Huyện Ba Tri › Xã Tân Xuân › Ấp 3. Units the user may open are links; the units
 * above their scope show as names only.
 */
export function UnitBreadcrumbs({ input }: { input: EditorInput }) {
  const wb = useWorkbench();
  const { t } = useTranslation('units');
  const { data } = useQuery(UnitAncestorsQuery, { variables: { code: input.id } });
  const unit = data?.unit;
  const path = unit ? [...unit.ancestors, unit] : [{ code: input.id, name: input.label, level: null, inScope: true }];
  return (
    <nav className="breadcrumbs" aria-label={t('breadcrumbs.label')} data-testid="breadcrumbs">
      <ol>
        {path.map((item, index) => {
          const last = index === path.length - 1;
          const icon = item.level ? LEVEL_ICONS[item.level] : 'location';
          return (
            <Fragment key={item.code}>
              <li className={last ? 'breadcrumb current' : 'breadcrumb'}>
                {item.inScope && !last ? (
                  <button type="button" className="breadcrumb-button" onClick={() => openUnit(wb, item)}>
                    <Codicon name={icon} />
                    {item.name}
                  </button>
                ) : (
                  <span
                    className={item.inScope ? 'breadcrumb-text' : 'breadcrumb-text out-of-scope'}
                    title={item.inScope ? undefined : t('breadcrumbs.outOfScope')}
                    aria-current={last ? 'page' : undefined}
                  >
                    <Codicon name={icon} />
                    {item.name}
                  </span>
                )}
              </li>
              {!last && (
                <li className="breadcrumb-separator" aria-hidden="true">
                  <Codicon name="chevron-right" />
                </li>
              )}
            </Fragment>
          );
        })}
      </ol>
    </nav>
  );
}

import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Codicon } from '../../../workbench/Codicon';
import { UnitChipPicker, type PickedUnit } from '../lines/UnitChipPicker';
import { AgenciesQuery } from '../operations/agencies';
import { FieldMessages } from './FieldMessages';
import { problemsFor, type ServerErrors } from './server-errors';
import { withAssignees, type Assignee } from './task-draft';
import { useUnitsBelow } from './use-units-below';

/**
 * Who is given the task: units (their People's Committees) and agencies, one line each. Adds one
 * unit, one agency, or every district and commune under a unit at once (task 2 of 7027: 166).
 */
export function AssigneesField({
  value,
  onChange,
  errors,
}: {
  value: Assignee[];
  onChange(value: Assignee[]): void;
  errors: ServerErrors | null;
}) {
  const { t } = useTranslation('directives');
  const { data } = useQuery(AgenciesQuery);
  const [parent, setParent] = useState<PickedUnit | null>(null);
  const below = useUnitsBelow();
  const add = (added: readonly Assignee[]) => onChange(withAssignees(value, added));
  // Problems about one assignee show on its chip; the others (too many, none given) above the list.
  const general = (errors?.problems ?? [])
    .filter((p) => p.field === 'assignees' && (!p.unit || !value.some((a) => a.code === p.unit)))
    .map((p) => p.message);

  return (
    <fieldset className="dir-form-field dir-assignees-field" data-testid="assignees-field">
      <legend>{t('assignees.title', { count: value.length })}</legend>
      <div className="dir-assignee-adders">
        <UnitChipPicker label={t('assignees.addUnit')} value={null} keepOpen onChange={(unit) => unit && add([unit])} />
        <select
          className="select"
          aria-label={t('assignees.addAgency')}
          value=""
          onChange={(e) => {
            const agency = data?.agencies.find((a) => a.code === e.target.value);
            if (agency) add([{ code: agency.code, name: agency.name }]);
          }}
        >
          <option value="">{t('assignees.addAgency')}</option>
          {(data?.agencies ?? []).map((a) => (
            <option key={a.code} value={a.code}>
              {a.name}
            </option>
          ))}
        </select>
      </div>
      <div className="dir-assignee-bulk">
        <span>{t('assignees.bulk')}</span>
        <UnitChipPicker label={t('assignees.bulkUnit')} value={parent} onChange={setParent} />
        <button
          type="button"
          className="button secondary"
          disabled={!parent || below.loading}
          onClick={() => parent && void below.load(parent.code).then(add)}
        >
          {t('assignees.bulkAdd')}
        </button>
        {below.error && <span className="dir-field-error">{below.error}</span>}
      </div>
      <FieldMessages messages={general} />
      {value.length === 0 ? (
        <p className="muted">{t('assignees.none')}</p>
      ) : (
        <ul className="dir-assignee-chips">
          {value.map((a) => {
            const messages = problemsFor(errors, 'assignees', a.code);
            return (
              <li
                key={a.code}
                className={messages.length > 0 ? 'dir-assignee-chip invalid' : 'dir-assignee-chip'}
                title={messages.join(' ')}
              >
                <span>{a.name}</span>
                {messages.length > 0 && <span className="dir-field-error">{messages.join(' ')}</span>}
                <button
                  type="button"
                  className="action-item"
                  aria-label={t('assignees.remove', { name: a.name })}
                  title={t('assignees.remove', { name: a.name })}
                  onClick={() => onChange(value.filter((x) => x.code !== a.code))}
                >
                  <Codicon name="close" />
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </fieldset>
  );
}

import { isLeaf } from '@chitieu/shared';
import { useId, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Codicon } from '../../../workbench/Codicon';
import { useUnitSearch } from '../../units';

export interface PickedUnit {
  code: string;
  name: string;
}

/**
 * Picks a district or commune by name or code from a list box (useUnitSearch, as the forms'
 * UnitPicker). With a value it shows the unit as a chip with a clear button; with `keepOpen` it
 * stays a search box (to add many).
 */
export function UnitChipPicker({
  label,
  value,
  onChange,
  keepOpen = false,
}: {
  label: string;
  value: PickedUnit | null;
  onChange(unit: PickedUnit | null): void;
  keepOpen?: boolean;
}) {
  const { t } = useTranslation('directives');
  const id = useId();
  const [text, setText] = useState('');
  const [active, setActive] = useState(0);
  const options = useUnitSearch(text, 8).filter((u) => !isLeaf(u.level));

  if (value && !keepOpen) {
    return (
      <span className="dir-unit-chip" data-testid="unit-filter-value">
        {value.name}
        <button
          type="button"
          className="action-item"
          aria-label={t('picker.clear', { name: value.name })}
          title={t('picker.clear', { name: value.name })}
          onClick={() => onChange(null)}
        >
          <Codicon name="close" />
        </button>
      </span>
    );
  }

  const choose = (index: number) => {
    const unit = options[index];
    if (!unit) return;
    onChange({ code: unit.code, name: unit.name });
    setText('');
    setActive(0);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown') setActive((i) => Math.min(i + 1, options.length - 1));
    else if (event.key === 'ArrowUp') setActive((i) => Math.max(i - 1, 0));
    else if (event.key === 'Enter') choose(active);
    else if (event.key === 'Escape') setText('');
    else return;
    event.preventDefault();
  };

  return (
    <span className="dir-unit-picker">
      <input
        className="input"
        role="combobox"
        aria-label={label}
        aria-expanded={options.length > 0}
        aria-controls={`${id}-list`}
        aria-activedescendant={options.length > 0 ? `${id}-${active}` : undefined}
        aria-autocomplete="list"
        placeholder={t('picker.placeholder')}
        value={text}
        onChange={(event) => {
          setText(event.target.value);
          setActive(0);
        }}
        onKeyDown={onKeyDown}
      />
      {options.length > 0 && (
        <ul className="dir-unit-picker-list" role="listbox" id={`${id}-list`} aria-label={label}>
          {options.map((unit, index) => (
            <li
              key={unit.code}
              id={`${id}-${index}`}
              role="option"
              aria-selected={index === active}
              className={index === active ? 'active' : undefined}
              onMouseDown={(event) => {
                event.preventDefault();
                choose(index);
              }}
            >
              {unit.name}
              <span className="muted small">
                {' '}
                · {unit.parent?.name ?? ''} · {unit.code}
              </span>
            </li>
          ))}
        </ul>
      )}
    </span>
  );
}

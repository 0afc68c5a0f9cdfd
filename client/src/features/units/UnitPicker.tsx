import { useEffect, useId, useState } from 'react';
import { useUnitSearch } from './use-unit-search';

/**
 * A unit typed by name (diacritics optional) or code, with suggestions from the server's search
 * in a datalist; `onChange` gets the code when the text is a suggested unit or a bare code, else
 * null. For forms (a new user's scope, the audit's unit filter).
 */
export function UnitPicker({
  id,
  value,
  placeholder,
  invalid,
  onChange,
}: {
  id?: string;
  value: string | null;
  placeholder?: string;
  invalid?: boolean;
  onChange(code: string | null): void;
}) {
  const listId = useId();
  const [text, setText] = useState(value ?? '');
  useEffect(() => {
    if (value === null) setText((current) => (/^\d+$/.test(current.trim()) ? '' : current));
  }, [value]);
  const options = useUnitSearch(text, 10);

  const choose = (next: string) => {
    setText(next);
    const trimmed = next.trim();
    const match = options.find((u) => u.code === trimmed || `${u.name} (${u.code})` === trimmed);
    onChange(match ? match.code : /^\d+$/.test(trimmed) ? trimmed : null);
  };

  return (
    <>
      <input
        id={id}
        className={invalid ? 'input invalid' : 'input'}
        list={listId}
        value={text}
        placeholder={placeholder}
        autoComplete="off"
        aria-invalid={invalid || undefined}
        onChange={(event) => choose(event.target.value)}
      />
      <datalist id={listId}>
        {options.map((unit) => (
          <option key={unit.code} value={`${unit.name} (${unit.code})`}>
            {unit.parent?.name ?? ''}
          </option>
        ))}
      </datalist>
    </>
  );
}

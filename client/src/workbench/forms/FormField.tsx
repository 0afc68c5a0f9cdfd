import { useId, type ReactNode } from 'react';

/**
 * One field of a form: its label (the control's accessible name, and only that), a help line and
 * a problem line tied to the control by aria-describedby. The control is rendered by the caller
 * with the id and description it is given.
 */
export function FormField({
  label,
  help,
  problem,
  className,
  children,
}: {
  label: string;
  help?: string;
  problem?: string | null;
  className?: string;
  children: (control: { id: string; 'aria-describedby'?: string; 'aria-invalid'?: true }) => ReactNode;
}) {
  const id = useId();
  const described = [help ? `${id}-help` : '', problem ? `${id}-problem` : ''].filter(Boolean).join(' ');
  return (
    <div className={className ? `field ${className}` : 'field'}>
      <label className="field-label" htmlFor={id}>
        {label}
      </label>
      {children({ id, ...(described ? { 'aria-describedby': described } : {}), ...(problem ? { 'aria-invalid': true as const } : {}) })}
      {help && (
        <span id={`${id}-help`} className="field-help">
          {help}
        </span>
      )}
      {problem && (
        <span id={`${id}-problem`} className="cell-problem" role="alert">
          {problem}
        </span>
      )}
    </div>
  );
}

import { useId, type ReactNode } from 'react';

/**
 * One field of a form: its label (the control's accessible name, and only that), a help line and
 * its problems (one, or several: the console's and the server's), each tied to the control by
 * aria-describedby. The control is rendered by the caller with the id and description it is given.
 */
export function FormField({
  label,
  help,
  problem,
  className,
  children,
}: {
  label: string;
  help?: string | undefined;
  problem?: string | readonly string[] | null | undefined;
  className?: string;
  children: (control: { id: string; 'aria-describedby'?: string; 'aria-invalid'?: true }) => ReactNode;
}) {
  const id = useId();
  const problems = (typeof problem === 'string' ? [problem] : (problem ?? [])).filter(Boolean);
  const described = [help ? `${id}-help` : '', ...problems.map((_, i) => `${id}-problem-${i}`)]
    .filter(Boolean)
    .join(' ');
  return (
    <div className={className ? `field ${className}` : 'field'}>
      <label className="field-label" htmlFor={id}>
        {label}
      </label>
      {children({
        id,
        ...(described ? { 'aria-describedby': described } : {}),
        ...(problems.length > 0 ? { 'aria-invalid': true as const } : {}),
      })}
      {help && (
        <span id={`${id}-help`} className="field-help">
          {help}
        </span>
      )}
      {problems.map((text, i) => (
        <span key={text} id={`${id}-problem-${i}`} className="cell-problem" role="alert">
          {text}
        </span>
      ))}
    </div>
  );
}

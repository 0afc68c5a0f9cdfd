import { useId, type ReactElement } from 'react';
import { FieldMessages } from './FieldMessages';

/** A labelled field with its help and the server's messages about it. */
export function FormField({ label, help, messages = [], children }: { label: string; help?: string; messages?: readonly string[]; children(props: { id: string; 'aria-invalid': boolean; 'aria-describedby'?: string }): ReactElement }) {
  const id = useId();
  return (
    <div className={messages.length > 0 ? 'dir-form-field invalid' : 'dir-form-field'}>
      <label htmlFor={id}>{label}</label>
      {children({ id, 'aria-invalid': messages.length > 0, ...(help ? { 'aria-describedby': `${id}-help` } : {}) })}
      {help && (
        <p className="dir-form-help" id={`${id}-help`}>
          {help}
        </p>
      )}
      <FieldMessages messages={messages} />
    </div>
  );
}

import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useWorkbench } from '../WorkbenchContext';
import type { InputRequest } from './quick-input-service';

/** Asks for one value ("Ngày số liệu"), validating as the user types. */
export function InputBox({ request }: { request: InputRequest }) {
  const wb = useWorkbench();
  const { t } = useTranslation('workbench');
  const [value, setValue] = useState(request.value);
  const error = request.validate?.(value) ?? null;

  return (
    <div className="quick-input" role="dialog" aria-label={request.title}>
      <div className="quick-input-title">{request.title}</div>
      <input
        className={error ? 'quick-input-box invalid' : 'quick-input-box'}
        autoFocus
        value={value}
        placeholder={request.placeholder}
        aria-label={request.title}
        aria-invalid={error !== null}
        aria-describedby="quick-input-message"
        onFocus={(event) => event.currentTarget.select()}
        onChange={(event) => setValue(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Escape') wb.quickInput.close();
          if (event.key === 'Enter' && error === null) {
            request.resolve(value);
            wb.quickInput.close();
          }
        }}
      />
      <div
        id="quick-input-message"
        className={error ? 'quick-input-message error' : 'quick-input-message'}
        role={error ? 'alert' : undefined}
      >
        {error ?? t('input.confirm')}
      </div>
    </div>
  );
}

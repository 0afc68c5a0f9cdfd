import { Command as Cmdk } from 'cmdk';
import { useEffect, useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { Codicon } from '../Codicon';
import type { QuickOpenItem } from '../views/contributions';
import { useWorkbench } from '../WorkbenchContext';

export type SelectHandle = { current: ((value: string, side: boolean) => void) | null };

const DEBOUNCE_MS = 120;

/** Quick-open results from every provider (the server searches, without diacritics); the recently opened items while nothing is typed. */
export function QuickOpenItems({ query, handle }: { query: string; handle: SelectHandle }) {
  const wb = useWorkbench();
  const { t } = useTranslation('workbench');
  const providers = useSyncExternalStore(wb.quickOpen.subscribe, wb.quickOpen.all);
  const [items, setItems] = useState<QuickOpenItem[]>([]);
  const [status, setStatus] = useState<'idle' | 'searching' | 'done' | 'error'>('idle');
  const [error, setError] = useState('');
  const idle = !query.trim();
  const [recent] = useState(() => providers.flatMap((p) => p.recent?.() ?? []));

  useEffect(() => {
    const trimmed = query.trim();
    if (!trimmed) {
      setItems([]);
      setStatus('idle');
      return;
    }
    const controller = new AbortController();
    setStatus('searching');
    const timer = setTimeout(() => {
      Promise.all(providers.map((p) => p.search(trimmed, controller.signal)))
        .then((lists) => {
          if (controller.signal.aborted) return;
          setItems(lists.flat());
          setStatus('done');
        })
        .catch((reason: unknown) => {
          if (controller.signal.aborted) return;
          setError(reason instanceof Error ? reason.message : String(reason));
          setStatus('error');
        });
    }, DEBOUNCE_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [query, providers]);

  const choose = (item: QuickOpenItem | undefined, side: boolean) => {
    if (!item) return;
    wb.quickInput.dismiss();
    item.run({ side });
  };
  const shown = idle ? recent : items;
  handle.current = (value, side) =>
    choose(
      shown.find((item) => item.id === value),
      side,
    );

  if (idle && recent.length > 0)
    return (
      <>
        <Cmdk.Group heading={t('palette.recentlyOpened')}>{recent.map((item) => row(item, choose))}</Cmdk.Group>
        <div className="quick-input-hint" aria-hidden="true">
          {t('palette.typeToSearch')} · {t('palette.openToSide')}
        </div>
      </>
    );
  if (status === 'idle') return <div className="quick-input-empty">{t('palette.typeToSearch')}</div>;
  if (status === 'error')
    return <div className="quick-input-empty error">{t('palette.error', { message: error })}</div>;
  if (items.length === 0)
    return (
      <div className="quick-input-empty">
        {status === 'searching' ? t('palette.searching') : t('palette.noResults')}
      </div>
    );
  return (
    <>
      {items.map((item) => row(item, choose))}
      <div className="quick-input-hint" aria-hidden="true">
        {t('palette.openToSide')}
      </div>
    </>
  );
}

function row(item: QuickOpenItem, choose: (item: QuickOpenItem, side: boolean) => void) {
  return (
    <Cmdk.Item key={item.id} value={item.id} onSelect={() => choose(item, false)} className="quick-input-item">
      {item.icon && <Codicon name={item.icon} className="quick-input-icon" />}
      <span className="quick-input-label">{item.label}</span>
      {item.description && <span className="quick-input-description">{item.description}</span>}
      {item.detail && <span className="quick-input-detail">{item.detail}</span>}
    </Cmdk.Item>
  );
}

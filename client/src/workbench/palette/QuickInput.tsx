import { useEffect } from 'react';
import { useStore } from '../state/store';
import { useWorkbench } from '../WorkbenchContext';
import { InputBox } from './InputBox';
import { Palette } from './Palette';

/** The box at the top of the window, in whichever mode the quick-input service asked for. */
export function QuickInput() {
  const wb = useWorkbench();
  const state = useStore(wb.quickInput.store);

  useEffect(() => {
    if (state.kind === 'closed') return;
    const onPointerDown = (event: PointerEvent) => {
      if (!(event.target as Element | null)?.closest('.quick-input')) wb.quickInput.close();
    };
    window.addEventListener('pointerdown', onPointerDown, true);
    return () => window.removeEventListener('pointerdown', onPointerDown, true);
  }, [state.kind, wb]);

  if (state.kind === 'closed') return null;
  return (
    <div className="quick-input-container">
      {state.kind === 'palette' ? (
        <Palette key={state.initial} initial={state.initial} />
      ) : (
        <InputBox request={state.request} />
      )}
    </div>
  );
}

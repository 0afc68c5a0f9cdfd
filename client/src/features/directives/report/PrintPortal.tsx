import type { ReactNode } from 'react';
import { createPortal } from 'react-dom';

/**
 * What the browser prints: a copy of the document outside the workbench, hidden on screen. The
 * print stylesheet (report.css) hides the console and shows only this, on A4.
 */
export function PrintPortal({ children }: { children: ReactNode }) {
  return createPortal(<div className="dir-print-root">{children}</div>, document.body);
}

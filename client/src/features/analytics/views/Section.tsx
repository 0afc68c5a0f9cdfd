import { useState, type ReactNode } from 'react';
import { Codicon } from '../../../workbench/Codicon';

/** A collapsible part of a side-bar view, as VS Code's view sections. */
export function Section({
  id,
  title,
  count,
  children,
  initiallyOpen = true,
}: {
  id: string;
  title: string;
  count?: number;
  children: ReactNode;
  initiallyOpen?: boolean;
}) {
  const [open, setOpen] = useState(initiallyOpen);
  return (
    <section className="gql-section" aria-labelledby={`section-${id}`}>
      <h3 className="gql-section-title">
        <button type="button" id={`section-${id}`} aria-expanded={open} onClick={() => setOpen(!open)}>
          <Codicon name={open ? 'chevron-down' : 'chevron-right'} />
          <span>{title}</span>
          {count !== undefined && <span className="gql-count">{count}</span>}
        </button>
      </h3>
      {open && children}
    </section>
  );
}

import { useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { Codicon } from '../Codicon';
import { useLocalize, useWorkbench } from '../WorkbenchContext';
import type { ProblemSection } from './problem-section';
import './i18n';
import './problems.css';

/** The panel's "Problems": every contributed section (wb.problems), each collapsible. */
export function ProblemsView() {
  const wb = useWorkbench();
  const { t } = useTranslation('problems');
  const sections = useSyncExternalStore(wb.problems.subscribe, wb.problems.all);
  if (sections.length === 0) return <p className="empty-view">{t('none')}</p>;
  return (
    <div className="problems-view" aria-label={t('label')} data-testid="problems-view">
      {sections.map((section) => (
        <Section key={section.id} section={section} />
      ))}
    </div>
  );
}

function Section({ section }: { section: ProblemSection }) {
  const { t } = useTranslation('problems');
  const localize = useLocalize();
  const [open, setOpen] = useState(true);
  const title = localize(section.title);
  const Component = section.component;
  return (
    <section className="problems-section" aria-label={title} data-section={section.id}>
      <h3 className="problems-section-title">
        <button
          type="button"
          className="problems-toggle"
          aria-expanded={open}
          title={t(open ? 'collapse' : 'expand', { name: title })}
          onClick={() => setOpen(!open)}
        >
          <Codicon name={open ? 'chevron-down' : 'chevron-right'} />
          <Codicon name={section.icon} />
          {title}
        </button>
      </h3>
      {open && (
        <div className="problems-section-body">
          <Component />
        </div>
      )}
    </section>
  );
}

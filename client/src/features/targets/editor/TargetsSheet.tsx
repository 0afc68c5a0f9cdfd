import { formatCount, type SplitMethod } from '@chitieu/shared';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EditorProps } from '../../../workbench/views/contributions';
import { useLanguage, useWorkbench } from '../../../workbench/WorkbenchContext';
import { openUnit } from '../../units';
import { openTargets } from '../open-targets';
import { proposeSplit } from '../targets-model';
import { AllocationSummary } from './AllocationSummary';
import { ConflictNotice } from './ConflictNotice';
import { SplitHelper } from './SplitHelper';
import { TargetsFooter } from './TargetsFooter';
import { TargetsGrid } from './TargetsGrid';
import { useSaveTargets } from './use-save-targets';
import { useTargetsDraft, type TargetSplitData } from './use-targets-draft';

type Props = EditorProps & { split: TargetSplitData; campaign: string; reload(): Promise<TargetSplitData | undefined> };

/** The targets editor: the unit's own target, the live allocation, the split helper and the grid. */
export function TargetsSheet({ setDirty, registerSave, split, campaign, reload }: Props) {
  const wb = useWorkbench();
  const { t } = useTranslation('targets');
  const language = useLanguage();
  const state = useTargetsDraft(split, language);
  const [reason, setReason] = useState('');
  const [preview, setPreview] = useState<{ method: SplitMethod; parts: number[] } | null>(null);
  const [splitError, setSplitError] = useState<string | null>(null);
  const parent = split.parent;
  const saver = useSaveTargets({ campaign, parent, language, state, reason, reload, onSaved: () => setReason('') });
  const dirty = state.check?.dirty ?? false;

  useEffect(() => setDirty(dirty), [dirty, setDirty]);
  useEffect(() => registerSave(saver.save), [registerSave, saver.save]);

  const { base, draft, check } = state;
  if (!base || !draft || !check) return null;
  const editable = split.canEdit;
  const problems =
    saver.cellProblems.size > 0 ? { ...check, problems: new Map([...check.problems, ...saver.cellProblems]) } : check;

  const previewSplit = (method: SplitMethod) => {
    const outcome = proposeSplit(base.target, base.rows, check, method);
    if (outcome.ok) {
      setPreview({ method, parts: outcome.parts });
      setSplitError(null);
    } else {
      setPreview(null);
      setSplitError(language === 'en' ? outcome.reasonEn : outcome.reasonVi);
    }
  };

  return (
    <article className="targets-editor" data-testid="targets-editor" data-code={parent.code}>
      <header className="targets-header">
        <h1>{t('editor.title', { name: parent.name })}</h1>
        <div className="own-target">
          <span className="own-target-label">{t('own.label')}</span>
          <strong className="own-target-value" data-testid="own-target">
            {formatCount(base.target, language)}
          </strong>
          <span className="muted small">
            {parent.parent ? t('own.fromAbove') : t('own.fromCampaign')}
            {parent.parent?.inScope && (
              <>
                {' · '}
                <button
                  type="button"
                  className="link-button"
                  onClick={() => parent.parent && openTargets(wb, parent.parent)}
                >
                  {t('own.openParent', { name: parent.parent.name })}
                </button>
              </>
            )}
          </span>
        </div>
        <AllocationSummary
          target={base.target}
          allocated={check.allocated}
          unallocated={check.unallocated}
          language={language}
        />
      </header>
      {!editable && <p className="muted">{t('editor.readOnly')}</p>}
      {saver.conflict && (
        <ConflictNotice
          changes={saver.conflict}
          language={language}
          onReload={() =>
            void reload()
              .then((fresh) => fresh && state.rebase(fresh))
              .finally(saver.clearConflict)
          }
          onDiscard={() =>
            void reload()
              .then((fresh) => state.reset(fresh))
              .finally(saver.clearConflict)
          }
        />
      )}
      {saver.banner && (
        <p className="view-error" role="alert">
          {saver.banner}
        </p>
      )}
      {base.rows.length === 0 ? (
        <p className="muted">{t('editor.noChildren')}</p>
      ) : (
        <>
          {editable && (
            <SplitHelper
              total={base.target}
              language={language}
              previewing={preview?.method ?? null}
              error={splitError}
              onPreview={previewSplit}
              onApply={() => {
                if (preview) state.apply(preview.parts);
                setPreview(null);
              }}
              onDiscard={() => setPreview(null)}
            />
          )}
          <TargetsGrid
            rows={base.rows}
            draft={draft}
            check={problems}
            proposal={preview?.parts ?? null}
            editable={editable}
            language={language}
            onChange={state.setCell}
            onOpenUnit={(row) => openUnit(wb, row)}
          />
        </>
      )}
      {editable && (
        <TargetsFooter
          changed={check.changed.length}
          unallocated={check.unallocated}
          language={language}
          dirty={dirty}
          saving={saver.saving}
          reason={reason}
          onReason={setReason}
          onRevert={() => state.reset()}
          onSave={() => void saver.save()}
        />
      )}
    </article>
  );
}

import { useApolloClient } from '@apollo/client/react';
import type { Locale } from '@chitieu/shared';
import { useState } from 'react';
import { i18n } from '../../../i18n/i18n';
import { errorCode, errorExtension, fieldProblems, localizedErrorMessage } from '../../../lib/errors';
import { refreshAll } from '../../../lib/refresh';
import { useWorkbench } from '../../../workbench/WorkbenchContext';
import { AssignTargetsMutation } from '../operations/assign-targets';
import { readConflictChanges, type ConflictChange, type Message } from '../targets-model';
import type { TargetSplitData, TargetsDraftState } from './use-targets-draft';

/**
 * Saving a split: the changed cells in one assignTargets against the version the editor loaded.
 * A stale version comes back as CONFLICT with what changed; per-cell refusals land on the cells.
 */
export function useSaveTargets(options: {
  campaign: string;
  parent: { code: string; name: string };
  language: Locale;
  state: TargetsDraftState;
  reason: string;
  reload: () => Promise<TargetSplitData | undefined>;
  /** After a save that went through (the reason field starts empty for the next change). */
  onSaved?: () => void;
}) {
  const wb = useWorkbench();
  const client = useApolloClient();
  const [saving, setSaving] = useState(false);
  const [banner, setBanner] = useState<string | null>(null);
  const [conflict, setConflict] = useState<ConflictChange[] | null>(null);
  const [cellProblems, setCellProblems] = useState<ReadonlyMap<string, Message>>(new Map());
  const t = i18n.getFixedT(options.language, 'targets');

  const save = async (): Promise<void> => {
    const { state, language } = options;
    if (saving || !state.check || !state.base) return;
    if (state.check.problems.size > 0) return setBanner(t('fixFirst'));
    if (state.check.changed.length === 0) {
      setBanner(null);
      wb.notifications.info(t('nothing'));
      return;
    }
    setSaving(true);
    setBanner(null);
    setCellProblems(new Map());
    try {
      const reason = options.reason.trim();
      const input = {
        campaign: options.campaign,
        parent: options.parent.code,
        targets: state.check.changed,
        expectedVersion: state.base.version,
        ...(reason ? { reason } : {}),
      };
      const { data } = await client.mutate({ mutation: AssignTargetsMutation, variables: { input } });
      setConflict(null);
      state.reset(await options.reload());
      options.onSaved?.();
      wb.notifications.info(
        t('saved', { count: data?.assignTargets.changed ?? input.targets.length, name: options.parent.name }),
      );
      void refreshAll(client).catch(() => undefined);
    } catch (error) {
      if (errorCode(error) === 'CONFLICT') {
        setConflict(readConflictChanges(errorExtension(error, 'changes')));
      } else {
        setCellProblems(new Map(fieldProblems(error).map((p) => [p.unit ?? '', { vi: p.messageVi, en: p.messageEn }])));
        setBanner(localizedErrorMessage(error, language));
      }
    } finally {
      setSaving(false);
    }
  };

  return { save, saving, banner, conflict, cellProblems, clearConflict: () => setConflict(null) };
}

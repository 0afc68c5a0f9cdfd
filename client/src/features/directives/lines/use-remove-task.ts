import { useApolloClient } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { useLanguage, useWorkbench } from '../../../workbench/WorkbenchContext';
import { readServerErrors } from '../form/server-errors';
import { RemoveTaskMutation } from '../operations/remove-task';
import type { DirectiveRef } from '../refs';

/** Removes a task after asking, with an optional reason (kept on record by the server). */
export function useRemoveTask(ref: DirectiveRef, task: number): () => Promise<void> {
  const wb = useWorkbench();
  const client = useApolloClient();
  const language = useLanguage();
  const { t } = useTranslation('directives');
  return async () => {
    const answer = await wb.dialogs.ask(
      t('task.removeQuestion', { number: task }),
      [
        { id: 'remove', label: t('task.removeConfirm') },
        { id: 'cancel', label: t('common.cancel'), primary: true },
      ],
      'cancel',
      t('task.removeDetail'),
    );
    if (answer !== 'remove') return;
    const reason = await wb.quickInput.input({
      title: t('task.reasonPrompt', { number: task }),
      placeholder: t('task.reasonPlaceholder'),
      value: '',
    });
    if (reason === undefined) return;
    try {
      await client.mutate({
        mutation: RemoveTaskMutation,
        variables: { input: { directive: ref.number, issuer: ref.issuer, task, reason: reason.trim() || null } },
        refetchQueries: 'active',
      });
      wb.notifications.info(t('task.removed', { number: task }));
    } catch (error) {
      wb.notifications.error(t('task.removeFailed', { number: task }), readServerErrors(error, language).message);
    }
  };
}

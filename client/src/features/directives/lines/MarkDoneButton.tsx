import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { useLanguage, useWorkbench } from '../../../workbench/WorkbenchContext';
import { readServerErrors } from '../form/server-errors';
import { MarkLineDoneMutation } from '../operations/mark-line-done';
import type { LineRef } from '../refs';

/** The DONE mark of an unlinked DUE_BY line, after asking. */
export function MarkDoneButton({ lineRef, assigneeName }: { lineRef: LineRef; assigneeName: string }) {
  const wb = useWorkbench();
  const { t } = useTranslation('directives');
  const language = useLanguage();
  const [mark, { loading }] = useMutation(MarkLineDoneMutation, { refetchQueries: 'active' });
  const run = async () => {
    const answer = await wb.dialogs.ask(
      t('done.question', { name: assigneeName, number: lineRef.task }),
      [
        { id: 'done', label: t('done.confirm'), primary: true },
        { id: 'cancel', label: t('common.cancel') },
      ],
      'cancel',
    );
    if (answer !== 'done') return;
    try {
      await mark({
        variables: {
          input: { directive: lineRef.number, issuer: lineRef.issuer, task: lineRef.task, assignee: lineRef.assignee },
        },
      });
      wb.notifications.info(t('done.marked', { name: assigneeName }));
    } catch (error) {
      wb.notifications.error(t('done.failed'), readServerErrors(error, language).message);
    }
  };
  return (
    <button type="button" className="button secondary" disabled={loading} onClick={() => void run()}>
      {t('done.button')}
    </button>
  );
}

import { useApolloClient } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EditorProps } from '../../../workbench/views/contributions';
import { useLanguage, useWorkbench } from '../../../workbench/WorkbenchContext';
import { AddAssigneesMutation } from '../operations/add-assignees';
import { AddTaskMutation } from '../operations/add-task';
import { RemoveAssigneeMutation } from '../operations/remove-assignee';
import { UpdateTaskMutation } from '../operations/update-task';
import type { DirectiveRef } from '../refs';
import { readServerErrors, type ServerErrors } from './server-errors';
import { taskChanges, type Assignee, type TaskDraft } from './task-draft';

interface Options {
  ref: DirectiveRef | null;
  taskNumber: number | null;
  draft: TaskDraft | null;
  saved: TaskDraft | null;
  savedAssignees: readonly Assignee[];
  editor: Pick<EditorProps, 'input' | 'groupId' | 'setDirty'>;
  setSaved(draft: TaskDraft): void;
  setErrors(errors: ServerErrors | null): void;
  setBadDate(bad: boolean): void;
}

/**
 * Saves a task form: a new task with its assignees in one request; an existing one as its fields,
 * then the assignees added, then those removed (each its own audited change).
 */
export function useSaveTask(o: Options): { save: () => Promise<void>; saving: boolean } {
  const wb = useWorkbench();
  const client = useApolloClient();
  const language = useLanguage();
  const { t } = useTranslation('directives');
  const [saving, setSaving] = useState(false);

  const save = async () => {
    if (!o.ref || !o.draft || !o.saved || saving) return;
    const changes = taskChanges(o.draft, o.savedAssignees);
    o.setBadDate('badDate' in changes);
    if (!('fields' in changes)) return;
    const target = { directive: o.ref.number, issuer: o.ref.issuer };
    o.setErrors(null);
    setSaving(true);
    try {
      if (o.taskNumber === null) {
        const result = await client.mutate({
          mutation: AddTaskMutation,
          variables: { input: { ...target, ...changes.fields, assignees: o.draft.assignees.map((a) => a.code) } },
          refetchQueries: 'active',
        });
        o.editor.setDirty(false);
        o.setSaved(o.draft);
        wb.notifications.info(t('taskForm.created', { task: result.data?.addTask.number ?? '', number: o.ref.number }));
        await wb.editors.close(o.editor.groupId, [`${o.editor.input.typeId}:${o.editor.input.id}`]);
        return;
      }
      const task = { ...target, task: o.taskNumber };
      await client.mutate({ mutation: UpdateTaskMutation, variables: { input: { ...task, ...changes.fields } } });
      if (changes.added.length > 0)
        await client.mutate({
          mutation: AddAssigneesMutation,
          variables: { input: { ...task, assignees: changes.added } },
        });
      for (const assignee of changes.removed)
        await client.mutate({ mutation: RemoveAssigneeMutation, variables: { input: { ...task, assignee } } });
      o.setSaved(o.draft);
      wb.notifications.info(t('taskForm.saved', { task: o.taskNumber, number: o.ref.number }));
    } catch (error) {
      o.setErrors(readServerErrors(error, language));
    } finally {
      setSaving(false);
      await client.refetchQueries({ include: 'active' });
    }
  };
  return { save, saving };
}

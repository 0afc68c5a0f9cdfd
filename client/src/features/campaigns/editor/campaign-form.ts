import { formatDate, type CampaignFields, type Locale } from '@chitieu/shared';
import { formatCountInput, parseCountInput } from '../../../lib/counts';
import { parseViDate } from '../../../lib/dates';

/** The campaign form as typed: dates day first (15/12/2023), the target in vi-VN (930.767). */
export interface CampaignForm {
  code: string;
  name: string;
  description: string;
  collectedLabel: string;
  activatedLabel: string;
  startDate: string;
  deadline: string;
  rootTarget: string;
}

/** The form of a saved campaign; its root target is null (left blank) for an admin below the root, who may not read it. */
export function formOf(
  fields: Omit<CampaignFields, 'rootTarget'> & { rootTarget: number | null },
  language: Locale,
): CampaignForm {
  return {
    ...fields,
    startDate: formatDate(fields.startDate),
    deadline: formatDate(fields.deadline),
    rootTarget: fields.rootTarget === null ? '' : formatCountInput(fields.rootTarget, language),
  };
}

export const EMPTY_FORM: CampaignForm = {
  code: '',
  name: '',
  description: '',
  collectedLabel: 'Thu nhận',
  activatedLabel: 'Kích hoạt',
  startDate: '',
  deadline: '',
  rootTarget: '',
};

/**
 * Reads the form into the fields the rules check (checkCampaign in '@chitieu/shared'); a date or
 * target that cannot be read is passed on as is, so the rules name the field.
 */
export function fieldsOf(form: CampaignForm): CampaignFields {
  const target = parseCountInput(form.rootTarget);
  return {
    code: form.code.trim(),
    name: form.name.trim(),
    description: form.description.trim(),
    collectedLabel: form.collectedLabel.trim(),
    activatedLabel: form.activatedLabel.trim(),
    startDate: parseViDate(form.startDate) ?? form.startDate,
    deadline: parseViDate(form.deadline) ?? form.deadline,
    rootTarget: target.kind === 'count' ? target.value : Number.NaN,
  };
}

/** The fields that changed, for updateCampaign (fields left out keep their value). */
export function changedFields(before: CampaignFields, after: CampaignFields): Partial<Omit<CampaignFields, 'code'>> {
  const keys = [
    'name',
    'description',
    'collectedLabel',
    'activatedLabel',
    'startDate',
    'deadline',
    'rootTarget',
  ] as const;
  return Object.fromEntries(keys.filter((key) => before[key] !== after[key]).map((key) => [key, after[key]]));
}

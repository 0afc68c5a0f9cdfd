import {
  formatDate,
  type DirectiveFields,
  type DirectiveKind,
  type DirectiveStatus,
  type IsoDate,
} from '@chitieu/shared';
import { parseViDate } from '../../../lib/dates';

/** A directive header as the form edits it: every field text, the date as people type it. */
export interface DirectiveDraft {
  number: string;
  kind: DirectiveKind;
  issuer: string;
  signerTitle: string;
  signerName: string;
  issuedDate: string;
  title: string;
  summary: string;
  fullText: string;
  campaign: string;
  status: DirectiveStatus;
  attachments: Array<{ title: string; url: string }>;
}

export function newDraft(defaults: { issuer: string; campaign: string | null; today: IsoDate | null }): DirectiveDraft {
  return {
    number: '',
    kind: 'CONG_VAN',
    issuer: defaults.issuer,
    signerTitle: '',
    signerName: '',
    issuedDate: defaults.today ? formatDate(defaults.today) : '',
    title: '',
    summary: '',
    fullText: '',
    campaign: defaults.campaign ?? '',
    status: 'IN_FORCE',
    attachments: [],
  };
}

export interface LoadedDirective {
  number: string;
  kind: DirectiveKind;
  issuedBy: { code: string };
  signerTitle: string;
  signerName?: string | null;
  issuedDate: IsoDate;
  title: string;
  summary: string;
  fullText: string;
  campaign?: { code: string } | null;
  status: DirectiveStatus;
  attachments: ReadonlyArray<{ title: string; url: string }>;
}

export function draftOf(d: LoadedDirective): DirectiveDraft {
  return {
    number: d.number,
    kind: d.kind,
    issuer: d.issuedBy.code,
    signerTitle: d.signerTitle,
    signerName: d.signerName ?? '',
    issuedDate: formatDate(d.issuedDate),
    title: d.title,
    summary: d.summary,
    fullText: d.fullText,
    campaign: d.campaign?.code ?? '',
    status: d.status,
    attachments: d.attachments.map(({ title, url }) => ({ title, url })),
  };
}

export function sameDraft(a: DirectiveDraft, b: DirectiveDraft): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * The fields of createDirective / updateDirective from a draft. Only the date is read here (the
 * console's parser); every other check, and the messages, are the server's.
 */
export function directiveFields(draft: DirectiveDraft): { fields: DirectiveFieldsInput } | { badDate: true } {
  const issuedDate = parseViDate(draft.issuedDate);
  if (!issuedDate) return { badDate: true };
  return {
    fields: {
      number: draft.number,
      kind: draft.kind,
      signerTitle: draft.signerTitle,
      signerName: draft.signerName.trim() || null,
      issuedDate,
      title: draft.title,
      summary: draft.summary,
      fullText: draft.fullText,
      campaign: draft.campaign || null,
      status: draft.status,
      attachments: draft.attachments.filter((a) => a.title.trim() !== '' || a.url.trim() !== ''),
    },
  };
}

/** The header the form sends (shared with the server's checks). */
export type DirectiveFieldsInput = DirectiveFields;

/** The fields that changed, for updateDirective (absent fields stay; "" clears the signer and campaign). */
export function changedFields(
  before: DirectiveFieldsInput,
  after: DirectiveFieldsInput,
): Partial<DirectiveFieldsInput> {
  const out: Partial<Record<keyof DirectiveFieldsInput, unknown>> = {};
  for (const key of Object.keys(after) as Array<keyof DirectiveFieldsInput>) {
    if (JSON.stringify(before[key]) === JSON.stringify(after[key])) continue;
    out[key] = (key === 'signerName' || key === 'campaign') && after[key] === null ? '' : after[key];
  }
  return out as Partial<DirectiveFieldsInput>;
}

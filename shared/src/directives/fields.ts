import type { IsoDate } from '../common/dates';
import type { DirectiveKind, DirectiveStatus } from './vocabulary';

/** A file or page attached to a directive. */
export interface Attachment {
  title: string;
  url: string;
}

/** The header of a directive as a writer gives it: what the console's form sends and the server checks. */
export interface DirectiveFields {
  number: string;
  kind: DirectiveKind;
  signerTitle: string;
  signerName: string | null;
  issuedDate: IsoDate;
  title: string;
  summary: string;
  fullText: string;
  /** Campaign code, or null. */
  campaign: string | null;
  status: DirectiveStatus;
  attachments: Attachment[];
}

import { createHash } from 'node:crypto';
import type { Counts, IsoDate, TallyInput } from '@chitieu/shared';
import { appError, echo } from '../../core/errors';
import type { Db } from '../../db/sql';

/**
 * A save that names a client id (mã lần gửi): a sender's queue (the console's, once it has one)
 * gives each queued save one, and sends it again when an answer was lost. The first answer is kept
 * with the id, so a repeat is answered with it and nothing is saved twice (no second write, no
 * second audit event), whatever was saved since and however old the report has become.
 */
export interface Submission {
  clientId: string;
  /** Who sends it: an id is its sender's own. */
  userId: number;
  /** What was sent, as a digest: a repeat must send the same. */
  fingerprint: string;
}

/** The answer kept for a client id. */
export interface FirstAnswer {
  date: IsoDate;
  saved: number;
}

const CLIENT_ID = /^[A-Za-z0-9_-]{8,64}$/;

/** What a save sends, as recordTallies takes it. */
export interface SentReports {
  campaign: string;
  date?: string | null;
  reports: ReadonlyArray<TallyInput & { expected?: Counts | null }>;
}

/** The same save gives the same digest however its optional fields were left out or sent as null. */
function fingerprintOf({ campaign, date, reports }: SentReports): string {
  const canonical = [
    campaign,
    date ?? null,
    reports.map((r) => [
      r.unit,
      r.collected,
      r.activated,
      r.reason ?? null,
      r.expected ? [r.expected.collected, r.expected.activated] : null,
    ]),
  ];
  return createHash('sha256').update(JSON.stringify(canonical)).digest('base64url');
}

/** The client id checked, and the digest of what the save sends (campaign, date as sent, reports); none without an id. */
export function submissionOf(clientId: string | null, userId: number, sent: SentReports): Submission | undefined {
  if (clientId === null) return undefined;
  if (!CLIENT_ID.test(clientId)) {
    throw appError(
      'BAD_USER_INPUT',
      `Mã lần gửi ${echo(clientId)} không hợp lệ: cần 8 đến 64 ký tự chữ không dấu, số, '-' hoặc '_'.`,
      `Client id ${echo(clientId)} is not valid: 8 to 64 letters, digits, '-' or '_'.`,
    );
  }
  return { clientId, userId, fingerprint: fingerprintOf(sent) };
}

/** A repeat that does not match the save first sent under its id: nothing is saved. */
function reusedId(clientId: string) {
  return appError(
    'CONFLICT',
    `Mã lần gửi ${echo(clientId)} đã dùng cho một lần gửi khác; không có gì được lưu. Gửi báo cáo này với mã mới.`,
    `Client id ${echo(clientId)} was used for another save; nothing was saved. Send this report under a new id.`,
  );
}

/** A twin of this save committed first, between the look-up and the claim. */
export class ClaimedMeanwhile extends Error {}

export class TallySubmissions {
  constructor(private readonly sql: Db) {}

  /** The first answer to this save, if it was made before; CONFLICT if the id was used otherwise. */
  async first(submission: Submission): Promise<FirstAnswer | null> {
    const row = await this.sql.get<FirstAnswer & { userId: number; fingerprint: string }>(
      `SELECT user_id AS userId, fingerprint, date, saved FROM tally_submission WHERE client_id = ?`,
      submission.clientId,
    );
    if (!row) return null;
    if (Number(row.userId) !== submission.userId || row.fingerprint !== submission.fingerprint)
      throw reusedId(submission.clientId);
    return { date: row.date, saved: Number(row.saved) };
  }

  /**
   * Keeps the answer under the id, inside the save's transaction: both commit or neither. Throws
   * ClaimedMeanwhile when a twin sent at the same moment committed first, so the caller rolls back
   * and answers with the twin's result.
   */
  async claim(submission: Submission, answer: FirstAnswer): Promise<void> {
    const { changes } = await this.sql.run(
      `INSERT INTO tally_submission (client_id, user_id, fingerprint, date, saved, recorded_at) VALUES (?, ?, ?, ?, ?, ?)
       ON CONFLICT (client_id) DO NOTHING`,
      submission.clientId,
      submission.userId,
      submission.fingerprint,
      answer.date,
      answer.saved,
      new Date().toISOString(),
    );
    if (changes === 0) throw new ClaimedMeanwhile();
  }
}

import { dbRows, type ServerDb } from './db';

export interface Counts {
  collected: number;
  activated: number;
}

/**
 * The reports on record for some hamlets on one date (null: none yet), as a console shows them:
 * what a writer names as `expected` when it replaces one (replace-with-expected).
 */
export async function dayReports(
  server: ServerDb,
  hamlets: readonly string[],
  date = '2023-11-15',
): Promise<Map<string, Counts | null>> {
  const out = new Map<string, Counts | null>(hamlets.map((code) => [code, null]));
  if (hamlets.length === 0) return out;
  const rows = await dbRows<Counts & { code: string }>(
    server,
    `SELECT u.code, r.collected, r.activated FROM tally_report r JOIN unit u ON u.id = r.unit_id
     WHERE r.date = ? AND u.code IN (${hamlets.map(() => '?').join(', ')})`,
    date,
    ...hamlets,
  );
  for (const { code, collected, activated } of rows)
    out.set(code, { collected: Number(collected), activated: Number(activated) });
  return out;
}

/** The `expected` field of a report: the one on record, or nothing for the day's first report. */
export function expectedOf(onRecord: Counts | null | undefined): { expected?: Counts } {
  return onRecord ? { expected: onRecord } : {};
}

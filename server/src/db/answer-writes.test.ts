import { describe, expect, it } from 'vitest';
import { mayChangeAnswers } from './answer-writes';

describe('which writes may change an answer kept in memory', () => {
  it("not a session, a login's throttle, the query history or the audit alone", () => {
    expect(mayChangeAnswers(`UPDATE session SET last_seen_at = ? WHERE id = ?`)).toBe(false);
    expect(mayChangeAnswers(`INSERT INTO session (token_hash, user_id) VALUES (?, ?)`)).toBe(false);
    expect(
      mayChangeAnswers(
        `  INSERT INTO login_attempt (username) VALUES (?) ON CONFLICT (username) DO UPDATE SET failures = 0`,
      ),
    ).toBe(false);
    expect(mayChangeAnswers(`DELETE FROM query_history WHERE user_id = ?`)).toBe(false);
    expect(mayChangeAnswers(`insert into audit_event (at) values (?)`)).toBe(false);
  });

  it('every other table, and any statement whose table it cannot tell', () => {
    expect(mayChangeAnswers(`INSERT INTO tally_report (unit_id) VALUES (?)`)).toBe(true);
    expect(mayChangeAnswers(`UPDATE unit SET name = ? WHERE id = ?`)).toBe(true);
    expect(mayChangeAnswers(`INSERT OR REPLACE INTO setting (key, value) VALUES ('today', ?)`)).toBe(true);
    expect(mayChangeAnswers(`DELETE FROM target WHERE campaign_id = ?`)).toBe(true);
    expect(mayChangeAnswers(`UPDATE sessions_archive SET x = 1`)).toBe(true);
    expect(mayChangeAnswers(`WITH s AS (SELECT 1) UPDATE session SET revoked_at = ?`)).toBe(true);
  });
});

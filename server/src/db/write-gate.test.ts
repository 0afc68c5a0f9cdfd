import { describe, expect, it } from 'vitest';
import { WriteGate } from './write-gate';

const tick = (ms = 5) => new Promise((r) => setTimeout(r, ms));

describe('the write gate', () => {
  it('runs holders one at a time, in order, and lets waiters through once all are done', async () => {
    const gate = new WriteGate();
    const log: string[] = [];
    const job = (name: string) =>
      gate.hold(async () => {
        log.push(`${name} start`);
        await tick();
        log.push(`${name} end`);
        return name;
      });
    expect(gate.busy).toBe(false);
    const a = job('a');
    const b = job('b');
    expect(gate.busy).toBe(true);
    const waited = gate.idle().then(() => log.push('writer'));
    expect(await Promise.all([a, b, waited])).toEqual(['a', 'b', 5]);
    expect(log).toEqual(['a start', 'a end', 'b start', 'b end', 'writer']);
    expect(gate.busy).toBe(false);
  });

  it('is released when a holder fails', async () => {
    const gate = new WriteGate();
    await expect(
      gate.hold(async () => {
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    expect(gate.busy).toBe(false);
    await gate.idle();
    expect(await gate.hold(async () => 1)).toBe(1);
  });
});

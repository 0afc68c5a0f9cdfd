import { describe, expect, it } from 'vitest';
import type { Change, ChangeNotice } from '@chitieu/shared';
import { ChangeFeed, type ChangeTransport } from './change-feed';
import { decodeChange, encodeChange } from './change-message';

/** One channel between feeds, as PostgreSQL's NOTIFY/LISTEN is: every message goes to every listener, the sender's too. */
function channel(maxBytes = 7999) {
  const delivers = new Set<(message: string) => void>();
  const sent: string[] = [];
  const transport = (): ChangeTransport => ({
    maxBytes,
    send: (message) => {
      sent.push(message);
      for (const deliver of delivers) deliver(message);
    },
    listen: async (deliver) => void delivers.add(deliver),
    close: async () => {},
  });
  return { transport, sent };
}

/** The first notice a subscriber of `scopePath` gets, or null if none comes at once. */
async function firstNotice(feed: ChangeFeed, scopePath: string, act: () => void): Promise<ChangeNotice | null> {
  const notices = feed.notices(scopePath);
  act();
  const next = await Promise.race([notices.next(), new Promise<null>((resolve) => setTimeout(resolve, 20, null))]);
  await notices.return?.();
  return next && !next.done ? next.value : null;
}

/** `count` hamlets under one commune of each of `communes` communes of district 836. */
function hamlets(communes: number, count: number): string[] {
  return Array.from({ length: communes }, (_, c) =>
    Array.from({ length: count }, (_, h) => `/83/836/${29100 + c}/${29100 + c}${String(h).padStart(3, '0')}/`),
  ).flat();
}

describe('ChangeFeed over a transport: one process’s changes told to the others’ consoles', () => {
  it('tells the other process’s subscribers, and its own once (not again when its message comes back)', async () => {
    const { transport } = channel();
    const [a, b] = [new ChangeFeed(transport()), new ChangeFeed(transport())];
    await Promise.all([a.start(), b.start()]);
    const change: Change = { kind: 'TALLIES', campaign: 'DDDT-2023', paths: ['/83/836/29119/2911901/'] };
    expect(await firstNotice(b, '/83/836/29119/', () => a.publish(change))).toEqual({
      kind: 'TALLIES',
      campaign: 'DDDT-2023',
      units: ['29119', '2911901'],
    });
    expect(await firstNotice(b, '/83/836/29122/', () => a.publish(change))).toBeNull();

    const own = a.notices('/83/');
    a.publish(change);
    expect((await own.next()).value).toEqual({
      kind: 'TALLIES',
      campaign: 'DDDT-2023',
      units: ['83', '836', '29119', '2911901'],
    });
    const again = await Promise.race([own.next(), new Promise((resolve) => setTimeout(resolve, 20, 'none'))]);
    expect(again).toBe('none');
  });

  it('sends ancestors when the paths would not fit, and the other side tells only the scopes they meet to refetch all', async () => {
    const { transport, sent } = channel(2000);
    const [a, b] = [new ChangeFeed(transport()), new ChangeFeed(transport())];
    await Promise.all([a.start(), b.start()]);
    const change: Change = { kind: 'TALLIES', campaign: 'DDDT-2023', paths: hamlets(3, 100) };
    const many = { kind: 'TALLIES', campaign: 'DDDT-2023', units: null };
    expect(await firstNotice(b, '/83/', () => a.publish(change))).toEqual(many);
    expect(await firstNotice(b, '/83/836/29101/', () => a.publish(change))).toEqual(many);
    expect(await firstNotice(b, '/83/836/29101/2910105/', () => a.publish(change))).toEqual(many);
    expect(await firstNotice(b, '/83/836/29122/', () => a.publish(change))).toBeNull();
    expect(await firstNotice(b, '/83/837/', () => a.publish(change))).toBeNull();
    expect(Buffer.byteLength(sent.at(-1)!)).toBeLessThanOrEqual(2000);
    expect(decodeChange(sent.at(-1)!)?.change.paths).toEqual(['/83/836/29100/', '/83/836/29101/', '/83/836/29102/']);
  });
});

describe('encodeChange', () => {
  it('keeps the paths when they fit', () => {
    const change: Change = { kind: 'TARGETS', campaign: 'X', paths: ['/83/836/'] };
    expect(decodeChange(encodeChange('a', change, 7999))).toEqual({ from: 'a', change, coarse: false });
  });

  it('cuts to the deepest level that fits, down to every unit', () => {
    const change: Change = { kind: 'TALLIES', campaign: 'X', paths: hamlets(600, 1) };
    expect(Buffer.byteLength(JSON.stringify(change.paths))).toBeGreaterThan(7999);
    expect(decodeChange(encodeChange('a', change, 7999))).toEqual({
      from: 'a',
      change: { kind: 'TALLIES', campaign: 'X', paths: ['/83/836/'] },
      coarse: true,
    });
    expect(decodeChange(encodeChange('a', change, 60))?.change.paths).toEqual(['/']);
  });

  it('drops what is not a change', () => {
    for (const message of ['', 'null', '5', '{"from":"a"}', '{"from":"a","kind":"X","campaign":"c","paths":[]}'])
      expect(decodeChange(message)).toBeNull();
  });
});

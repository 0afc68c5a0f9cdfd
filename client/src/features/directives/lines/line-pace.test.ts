import { describe, expect, it } from 'vitest';
import { decidingCount } from './line-pace';

describe('decidingCount', () => {
  it('shows the count behind the line’s state, activation when both stand alike', () => {
    const t = (state: 'DONE' | 'ON_TRACK' | 'AT_RISK', remaining = 10) => ({ state, remaining });
    expect(decidingCount({ collection: t('DONE', 0), activation: t('AT_RISK') }).metric).toBe('activation');
    expect(decidingCount({ collection: t('AT_RISK'), activation: t('ON_TRACK') }).metric).toBe('collection');
    expect(decidingCount({ collection: t('AT_RISK'), activation: t('AT_RISK') }).metric).toBe('activation');
  });
});

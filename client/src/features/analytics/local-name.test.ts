import { describe, expect, it } from 'vitest';
import { queryName } from './local-name';

describe('queryName', () => {
  it('shows the user’s side of an example’s two-language name, and a user’s name as written', () => {
    const example = { name: 'Xã chưa báo cáo hôm nay / Who has not reported today', description: '', example: true };
    expect(queryName(example, 'vi')).toBe('Xã chưa báo cáo hôm nay');
    expect(queryName(example, 'en')).toBe('Who has not reported today');
    expect(queryName({ ...example, example: false }, 'en')).toBe(
      'Xã chưa báo cáo hôm nay / Who has not reported today',
    );
  });
});

import { describe, expect, it } from 'vitest';
import { bilingualVariableError } from './variable-errors.plugin';

describe('variable errors in both languages', () => {
  it('names the variable and the place of the wrong value in Vietnamese, and keeps the English', () => {
    const en =
      'Variable "$input" got invalid value 1.5 at "input.targets[0].target"; Int cannot represent non-integer value: 1.5';
    const out = bilingualVariableError({ message: en, extensions: { code: 'BAD_USER_INPUT' } });
    expect(out.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      messageEn: en,
      messageVi: expect.stringContaining('Biến $input có giá trị không hợp lệ tại input.targets[0].target'),
    });
    expect(out.message).toBe(`${out.extensions!.messageVi as string} / ${en}`);
  });

  it('says a required variable is missing, and leaves other errors alone', () => {
    const missing = bilingualVariableError({
      message: 'Variable "$username" of required type "String!" was not provided.',
    });
    expect(missing.extensions!.messageVi).toBe('Thiếu biến $username (bắt buộc).');
    const ours = { message: 'Ngày sai. / Bad date.', extensions: { messageVi: 'Ngày sai.', messageEn: 'Bad date.' } };
    expect(bilingualVariableError(ours)).toBe(ours);
    const other = { message: 'Cannot query field "x" on type "Query".' };
    expect(bilingualVariableError(other)).toBe(other);
  });
});

describe('a refused value in a variable error', () => {
  it('is quoted up to 60 characters, whichever branch writes the message', () => {
    const long = 'X'.repeat(200_000);
    const plain = bilingualVariableError({
      message: `Variable "$c" got invalid value "${long}"; String cannot represent a non string value.`,
    });
    expect(plain.message.length).toBeLessThan(600);
    expect(plain.message).toContain(`"${'X'.repeat(60)}…"`);
    const ours = bilingualVariableError({
      message: `Variable "$d" got invalid value "${long}"; Ngày … / A date …`,
      extensions: { messageVi: 'Ngày …', messageEn: 'A date …' },
    });
    expect(ours.message).toBe(`Variable "$d" got invalid value "${'X'.repeat(60)}…"; Ngày … / A date …`);
    expect(bilingualVariableError({ message: 'Variable "$d" got invalid value "short"; x' }).message).toContain(
      '"short"',
    );
    // Quotes pair as written: the long stretch between two quoted strings is text, not a string.
    const between = `Variable "$input" got invalid value "2023-02-30" at "input.deadline"; ${'Ngày sai, '.repeat(10)}nhận được "2023-02-30".`;
    expect(bilingualVariableError({ message: between, extensions: { messageVi: 'x' } }).message).toBe(between);
  });
});

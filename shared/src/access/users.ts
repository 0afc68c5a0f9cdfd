/** A problem with a field of a form, in both languages. */
export interface FormProblem {
  field: string;
  messageVi: string;
  messageEn: string;
}

export const PASSWORD_MIN_LENGTH = 4;
export const PASSWORD_MAX_LENGTH = 200;

export function checkUsername(username: string): FormProblem | null {
  if (/^[a-z0-9._-]{3,32}$/.test(username)) return null;
  return {
    field: 'username',
    messageVi: 'Tên đăng nhập gồm 3–32 ký tự a-z, 0-9, dấu chấm, gạch ngang, gạch dưới.',
    messageEn: 'A username is 3–32 characters: a-z, 0-9, dot, dash, underscore.',
  };
}

export function checkPassword(password: string, field = 'password'): FormProblem | null {
  if (password.length >= PASSWORD_MIN_LENGTH && password.length <= PASSWORD_MAX_LENGTH) return null;
  return {
    field,
    messageVi: `Mật khẩu dài từ ${PASSWORD_MIN_LENGTH} đến ${PASSWORD_MAX_LENGTH} ký tự.`,
    messageEn: `A password is ${PASSWORD_MIN_LENGTH} to ${PASSWORD_MAX_LENGTH} characters long.`,
  };
}

import type { Level } from '../units/levels';
import type { Role } from './roles';

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

/**
 * An official's scope is one commune (xã, phường, thị trấn), on a tree with districts or without:
 * officials report for their commune's hamlets and answer its tasks. A wider scope would let them
 * write tallies and directive lines across a district or a province; a hamlet has no tasks of its
 * own. Admins and analysts may have any unit.
 */
export function checkRoleScope(role: Role, scopeLevel: Level): FormProblem | null {
  if (role !== 'OFFICIAL' || scopeLevel === 'COMMUNE') return null;
  return {
    field: 'scope',
    messageVi: 'Phạm vi của cán bộ (OFFICIAL) phải là một xã, phường hoặc thị trấn.',
    messageEn: "An official's scope must be a commune (xã, phường or thị trấn).",
  };
}

import type { FormProblem } from '../access/users';
import { isIsoDate, type IsoDate } from '../common/dates';
import { isTarget, MAX_TARGET } from '../targets/allocation';

/** What every campaign says of itself (the server's CampaignRow, the seed's story, the admin's form). */
export interface CampaignBasics {
  code: string;
  name: string;
  description: string;
  collectedLabel: string;
  activatedLabel: string;
  startDate: IsoDate;
  deadline: IsoDate;
}

/** A campaign as an admin writes it. */
export interface CampaignFields extends CampaignBasics {
  rootTarget: number;
}

const LIMITS = { name: 200, description: 2000, label: 60 };

/**
 * The rules of a campaign: a short code of letters, digits, dot, dash or underscore; a name and
 * two labels; real dates with the deadline after the start; a whole-number root target. When it
 * already has reports, the start cannot move after the first of them.
 */
export function checkCampaign(fields: CampaignFields, firstReportDate: IsoDate | null = null): FormProblem[] {
  const problems: FormProblem[] = [];
  const add = (field: string, messageVi: string, messageEn: string) => problems.push({ field, messageVi, messageEn });
  if (!/^[A-Za-z0-9][A-Za-z0-9._-]{1,31}$/.test(fields.code)) {
    add(
      'code',
      'Mã gồm 2–32 ký tự chữ, số, dấu chấm, gạch ngang, gạch dưới.',
      'A code is 2–32 letters, digits, dots, dashes or underscores.',
    );
  }
  const text = (field: 'name' | 'collectedLabel' | 'activatedLabel', max: number) => {
    const value = fields[field].trim();
    if (value.length === 0 || value.length > max)
      add(field, `Cần nhập, tối đa ${max} ký tự.`, `Required, at most ${max} characters.`);
  };
  text('name', LIMITS.name);
  text('collectedLabel', LIMITS.label);
  text('activatedLabel', LIMITS.label);
  if (fields.description.length > LIMITS.description) {
    add(
      'description',
      `Mô tả tối đa ${LIMITS.description} ký tự.`,
      `A description is at most ${LIMITS.description} characters.`,
    );
  }
  const datesOk = isIsoDate(fields.startDate) && isIsoDate(fields.deadline);
  if (!isIsoDate(fields.startDate))
    add('startDate', 'Ngày bắt đầu phải có dạng YYYY-MM-DD.', 'The start must be a date YYYY-MM-DD.');
  if (!isIsoDate(fields.deadline))
    add('deadline', 'Hạn hoàn thành phải có dạng YYYY-MM-DD.', 'The deadline must be a date YYYY-MM-DD.');
  if (datesOk && fields.deadline <= fields.startDate) {
    add('deadline', 'Hạn hoàn thành phải sau ngày bắt đầu.', 'The deadline must be after the start.');
  }
  if (datesOk && firstReportDate !== null && fields.startDate > firstReportDate) {
    add(
      'startDate',
      `Đã có báo cáo từ ngày ${firstReportDate}: ngày bắt đầu không được sau ngày đó.`,
      `There are reports from ${firstReportDate}: the start cannot be after that.`,
    );
  }
  if (!isTarget(fields.rootTarget)) {
    add(
      'rootTarget',
      `Chỉ tiêu là số nguyên từ 0 đến ${MAX_TARGET.toLocaleString('vi-VN')}.`,
      `A target is a whole number from 0 to ${MAX_TARGET.toLocaleString('en-US')}.`,
    );
  }
  return problems;
}

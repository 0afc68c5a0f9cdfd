// @vitest-environment happy-dom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { ReportFieldsFragment, ReportRowFieldsFragment } from '../../../gql/graphql';
import '../i18n';
import { ReportDocument } from './ReportDocument';

afterEach(cleanup);

const row = (
  unitCode: string,
  unitName: string,
  target: number,
  collected: number,
  activated: number,
  rank: number | null,
  change: number | null = null,
): ReportRowFieldsFragment => ({
  unitCode,
  unitName,
  target,
  collected,
  activated,
  collectedRate: collected / target,
  activatedRate: activated / target,
  collectedChange: change,
  activatedChange: change,
  rank,
  state: 'AT_RISK',
});

const report = (previousAsOf: string | null): ReportFieldsFragment => ({
  directiveNumber: '7027/UBND-KSTT',
  directiveTitle: 'Tiếp tục đẩy nhanh tiến độ thu nhận, kích hoạt tài khoản định danh điện tử',
  issuedBy: 'UBND tỉnh Bến Tre',
  issuedDate: '2023-11-14',
  taskNumber: 5,
  taskTitle: 'Báo cáo kết quả về UBND tỉnh trước 18/12/2023',
  deadline: '2023-12-18',
  assigneeCode: 'CAT-83',
  assigneeName: 'Công an tỉnh Bến Tre',
  campaign: 'DDDT-2023',
  asOf: '2023-11-14',
  level: 'DISTRICT',
  previousAsOf,
  total: row('83', 'Tỉnh Bến Tre', 930767, 822139, 663614, null, previousAsOf ? 1200 : null),
  rows: [
    row('836', 'Huyện Ba Tri', 133449, 95549, 75866, 9, previousAsOf ? 300 : null),
    row('838', 'Huyện Thạnh Phú', 92351, 93515, 77362, 1, previousAsOf ? 0 : null),
  ],
  tasks: [
    {
      number: 5,
      title: 'Báo cáo kết quả về UBND tỉnh trước 18/12/2023',
      kind: 'REPORT_BY',
      deadline: '2023-12-18',
      state: 'NOT_STARTED',
      percentDone: 0,
    },
  ],
});

describe('ReportDocument', () => {
  it('lays the report out as an administrative document, with the province’s figures', () => {
    render(<ReportDocument report={report(null)} date="2023-11-15" note="Lập bằng chitieu" />);
    const doc = screen.getByTestId('report-document');
    expect(doc.textContent).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(doc.textContent).toContain('Độc lập - Tự do - Hạnh phúc');
    expect(doc.textContent).toContain('Bến Tre, ngày 15 tháng 11 năm 2023');
    expect(doc.textContent).toContain('CÔNG AN TỈNH BẾN TRE');
    expect(doc.textContent).toContain('Kính gửi: UBND tỉnh Bến Tre.');
    expect(screen.getByTestId('report-summary').textContent).toBe(
      'Tỉnh Bến Tre đã thu nhận 822.139 hồ sơ, đạt 88,33% chỉ tiêu 930.767; kích hoạt 663.614 tài khoản, đạt 71,30%.',
    );
    const units = within(screen.getByTestId('report-units'));
    expect(units.queryByText('Tăng so với kỳ trước')).toBeNull();
    const total = units.getByText('Tổng cộng (Tỉnh Bến Tre)').closest('tr');
    expect(total?.textContent).toContain('663.614');
    expect(within(screen.getByTestId('report-tasks')).getByText('Chưa bắt đầu')).toBeTruthy();
  });

  it('shows the change since the previous report when there is one', () => {
    render(<ReportDocument report={report('2023-11-07')} date="2023-11-15" note="" />);
    const units = within(screen.getByTestId('report-units'));
    expect(units.getAllByText('Tăng so với kỳ trước')).toHaveLength(2);
    expect(units.getAllByText('+1.200')).toHaveLength(2);
    expect(screen.getByTestId('report-summary').textContent).toContain(
      'So với kỳ báo cáo trước (số liệu đến 07/11/2023): thu nhận +1.200, kích hoạt +1.200.',
    );
  });
});

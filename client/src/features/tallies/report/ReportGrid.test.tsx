// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import '../i18n';
import { ReportGrid } from './ReportGrid';
import type { HamletSheet } from './sheet-rows';
import { useReportDraft } from './use-report-draft';

afterEach(cleanup);

const rows: HamletSheet[] = [
  {
    code: 'A',
    name: 'Ấp 1',
    previous: { date: '2023-11-14', collected: 757, activated: 597 },
    onDate: null,
    next: null,
  },
  {
    code: 'B',
    name: 'Ấp 2',
    previous: { date: '2023-11-14', collected: 713, activated: 546 },
    onDate: null,
    next: null,
  },
];

function Grid({ onLeave = () => undefined }: { onLeave?: () => void }) {
  const state = useReportDraft(rows, 'vi');
  return <ReportGrid rows={rows} state={state} language="vi" onLeaveGrid={onLeave} />;
}

const cell = (name: string) => screen.getByLabelText(name) as HTMLInputElement;

describe('ReportGrid', () => {
  it('moves like a sheet: Tab to the right, Enter back to the first column one row down', () => {
    render(<Grid />);
    cell('Thu nhận của Ấp 1').focus();
    fireEvent.keyDown(cell('Thu nhận của Ấp 1'), { key: 'Tab' });
    expect(document.activeElement).toBe(cell('Kích hoạt của Ấp 1'));
    fireEvent.keyDown(cell('Kích hoạt của Ấp 1'), { key: 'Enter' });
    expect(document.activeElement).toBe(cell('Thu nhận của Ấp 2'));
    fireEvent.keyDown(cell('Thu nhận của Ấp 2'), { key: 'ArrowUp' });
    expect(document.activeElement).toBe(cell('Thu nhận của Ấp 1'));
  });

  it('leaves the grid for the save button with Enter on the last row', () => {
    let left = 0;
    render(<Grid onLeave={() => left++} />);
    cell('Kích hoạt của Ấp 2').focus();
    fireEvent.keyDown(cell('Kích hoạt của Ấp 2'), { key: 'Enter' });
    expect(left).toBe(1);
  });

  it('formats a typed count in vi-VN on leaving it, and shows the day’s change', () => {
    render(<Grid />);
    fireEvent.change(cell('Thu nhận của Ấp 2'), { target: { value: '1713' } });
    fireEvent.blur(cell('Thu nhận của Ấp 2'));
    expect(cell('Thu nhận của Ấp 2').value).toBe('1.713');
    expect(screen.getByText('+1.000')).toBeTruthy();
  });

  it('shows a bad cell’s problem once it is left, and a reason field for a correction', () => {
    render(<Grid />);
    fireEvent.change(cell('Thu nhận của Ấp 1'), { target: { value: '800' } });
    fireEvent.change(cell('Kích hoạt của Ấp 1'), { target: { value: '900' } });
    expect(screen.queryByRole('alert')).toBeNull();
    fireEvent.blur(cell('Kích hoạt của Ấp 1'));
    expect(cell('Kích hoạt của Ấp 1').getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByRole('alert').textContent).toBe('Số kích hoạt không được lớn hơn số thu nhận.');

    fireEvent.change(cell('Kích hoạt của Ấp 1'), { target: { value: '500' } });
    expect(screen.getByPlaceholderText(/Vì sao số này thấp hơn/)).toBeTruthy();
  });
});

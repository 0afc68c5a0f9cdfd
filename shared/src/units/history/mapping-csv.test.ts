import { describe, expect, it } from 'vitest';
import { readMappingCsv } from './mapping-csv';

describe('readMappingCsv: the mapping file an admin uploads', () => {
  it('reads Vietnamese headers, kinds by name, day-first dates and hamlet lists', () => {
    const text =
      '\uFEFFMã cũ;Mã mới;Tên mới;Cấp trên mới;Loại;Danh sách ấp;Ngày hiệu lực;Căn cứ pháp lý\r\n' +
      '28801;28810;Thị trấn Châu Thành;;Sáp nhập vào;;01/12/2024;NQ 1237/NQ-UBTVQH15\r\n' +
      'C1;C9;Xã Chín;;chia tách thành;h3 h4|h5;2025-07-01;NQ 1\r\n' +
      '836;;;;ABOLISHED;;01-07-2025;"NQ 1687/NQ-UBTVQH15; NQ 202/2025/QH15"\r\n';
    const read = readMappingCsv(text);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.conflicts).toEqual([]);
    expect(
      read.rows.map((r) => [
        r.line,
        r.kind,
        r.oldCode,
        r.newCode,
        r.newName,
        r.newParentCode,
        r.hamlets,
        r.effectiveDate,
        r.legalBasis,
      ]),
    ).toEqual([
      [2, 'MERGED_INTO', '28801', '28810', 'Thị trấn Châu Thành', null, [], '2024-12-01', 'NQ 1237/NQ-UBTVQH15'],
      [3, 'SPLIT_INTO', 'C1', 'C9', 'Xã Chín', null, ['h3', 'h4', 'h5'], '2025-07-01', 'NQ 1'],
      [4, 'ABOLISHED', '836', null, null, null, [], '2025-07-01', 'NQ 1687/NQ-UBTVQH15; NQ 202/2025/QH15'],
    ]);
  });

  it('reads English headers and a new level, and says which cells it cannot read', () => {
    const read = readMappingCsv(
      'old_code,new_code,new_name,kind,effective_date,legal_basis,new_level\n,86,Tỉnh Vĩnh Long,created,2025-07-01,NQ 202,Tỉnh\nA,B,,melted,2025-07-01,x,\nA,B,,MERGED_INTO,31/06/2025,x,\n',
    );
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.rows.map((r) => [r.kind, r.newCode, r.newLevel])).toEqual([['CREATED', '86', 'PROVINCE']]);
    expect(read.conflicts.map((c) => [c.line, c.code, c.messageVi])).toEqual([
      [3, 'CELL_UNREADABLE', 'Ô loại “melted”: không phải loại thay đổi đã biết.'],
      [4, 'CELL_UNREADABLE', 'Ô ngày hiệu lực “31/06/2025”: không phải ngày (dùng 01/07/2025 hoặc 2025-07-01).'],
    ]);
  });

  it('refuses a header without the columns it needs, in both languages', () => {
    const read = readMappingCsv('code,name\n1,2\n');
    expect(read).toMatchObject({ ok: false });
    if (read.ok) return;
    expect(read.messageVi).toMatch(/^Dòng tiêu đề thiếu cột: mã cũ, mã mới, loại, ngày hiệu lực, căn cứ pháp lý\./);
    expect(read.messageEn).toMatch(/^The header line lacks: old code, new code, kind, effective date, legal basis\./);
  });
});

import type { IsoDate } from '@chitieu/shared';
import type { Services } from '../app/context';
import type { Actor } from '../modules/audit/audit.service';
import type { NewAgency } from '../modules/directives/agency.service';

/**
 * Công văn 7027/UBND-KSTT of UBND tỉnh Bến Tre (DESIGN.md, "The reference story"): its five tasks,
 * with one line per assignee. Issued on 14-11-2023, the date of the figures it cites, so that the
 * story reads as the article on that day. The header and task wording follow the published
 * account of the letter; the full text below is a summary written for the demo, not the original.
 */
export const DIRECTIVE_7027 = { number: '7027/UBND-KSTT', issuer: '83', issuedDate: '2023-11-14' } as const;

export const BEN_TRE_AGENCIES: readonly NewAgency[] = [
  { code: 'CAT-83', name: 'Công an tỉnh Bến Tre', shortName: 'Công an tỉnh', homeUnitCode: '83' },
  { code: 'TINHDOAN-83', name: 'Tỉnh Đoàn Bến Tre', shortName: 'Tỉnh Đoàn', homeUnitCode: '83' },
  { code: 'HLHPN-83', name: 'Hội Liên hiệp Phụ nữ tỉnh Bến Tre', shortName: 'Hội LHPN tỉnh', homeUnitCode: '83' },
];

const TASKS = {
  outreach:
    'Thủ trưởng các cơ quan, đơn vị, địa phương tăng cường tuyên truyền; mỗi cán bộ, công chức, viên chức, người lao động vận động gia đình, người thân, người quen đăng ký, kích hoạt và sử dụng ứng dụng VNeID.',
  localities:
    'Chủ tịch UBND cấp huyện, cấp xã chỉ đạo cả hệ thống chính trị ở địa phương vào cuộc, lấy lực lượng Công an, đoàn viên, hội viên làm nòng cốt, cùng Tổ công tác Đề án 06, Tổ công nghệ số cộng đồng và trưởng ấp, khu phố, hoàn thành chỉ tiêu thu nhận, kích hoạt tài khoản định danh điện tử trước ngày 15/12/2023.',
  unions:
    'Tỉnh Đoàn, Hội Liên hiệp Phụ nữ tỉnh phối hợp với Công an tuyên truyền, hướng dẫn người dân đăng ký, kích hoạt tài khoản định danh điện tử.',
  police:
    'Công an tỉnh, cơ quan thường trực Tổ công tác Đề án 06 tỉnh, chủ trì hoàn thành chỉ tiêu 930.767 tài khoản thu nhận và kích hoạt trước ngày 15/12/2023; theo dõi, đôn đốc các địa phương.',
  report: 'Công an tỉnh tổng hợp, báo cáo kết quả thực hiện về UBND tỉnh trước ngày 18/12/2023.',
};

const SUMMARY =
  'Tính đến ngày 14/11/2023, toàn tỉnh thu nhận 822.139 hồ sơ (88,33%) và kích hoạt 663.614 tài khoản (71,30%) trên chỉ tiêu 930.767. ' +
  'Huyện Thạnh Phú và Huyện Châu Thành đã đạt chỉ tiêu thu nhận, kích hoạt cao nhất (83,77% và 79,81%); Huyện Ba Tri (56,85%) và ' +
  'Huyện Mỏ Cày Bắc (68,36%) thấp nhất. UBND tỉnh yêu cầu các cơ quan, địa phương tiếp tục đẩy nhanh tiến độ, hoàn thành chỉ tiêu trước ngày 15/12/2023.';

const FULL_TEXT = [
  'Về việc tiếp tục đẩy nhanh tiến độ thu nhận, kích hoạt tài khoản định danh điện tử.',
  SUMMARY,
  `1. ${TASKS.outreach}`,
  `2. ${TASKS.localities}`,
  `3. ${TASKS.unions}`,
  `4. ${TASKS.police}`,
  `5. ${TASKS.report}`,
  '(Nội dung tóm lược cho bản trình diễn, theo thông tin đã công bố về Công văn 7027/UBND-KSTT; không phải văn bản gốc.)',
].join('\n\n');

/** Adds the three agencies and Công văn 7027 with its 5 tasks; inside the seed's transaction. */
export async function seedDirective7027(services: Services, actor: Actor, today: IsoDate): Promise<void> {
  const { agencies, writes } = services.directives;
  for (const agency of BEN_TRE_AGENCIES) await agencies.insert(agency, actor);
  const root = (await services.units.byCode(DIRECTIVE_7027.issuer))!;
  const districts = await services.units.children(root.id);
  const localities: string[] = [];
  for (const d of districts) localities.push(d.code, ...(await services.units.children(d.id)).map((c) => c.code));
  const [police, youth, women] = BEN_TRE_AGENCIES.map((a) => a.code) as [string, string, string];
  const task = (
    title: string,
    text: string,
    kind: 'ONGOING' | 'DUE_BY' | 'REPORT_BY',
    deadline: IsoDate | null,
    assignees: string[],
    linkedToTarget = false,
  ) => ({ title, text, kind, deadline, assignees, linkedToTarget });
  await writes.create(
    {
      ...DIRECTIVE_7027,
      kind: 'CONG_VAN',
      signerTitle: 'Chủ tịch UBND tỉnh',
      signerName: null,
      title: 'Tiếp tục đẩy nhanh tiến độ thu nhận, kích hoạt tài khoản định danh điện tử',
      summary: SUMMARY,
      fullText: FULL_TEXT,
      campaign: 'DDDT-2023',
      status: 'IN_FORCE',
      attachments: [],
      tasks: [
        task(
          'Tăng cường tuyên truyền, vận động người thân đăng ký, kích hoạt và sử dụng VNeID',
          TASKS.outreach,
          'ONGOING',
          null,
          [police, youth, women, ...localities],
        ),
        task(
          'Hoàn thành chỉ tiêu thu nhận, kích hoạt tại địa phương trước 15/12/2023',
          TASKS.localities,
          'DUE_BY',
          '2023-12-15',
          localities,
          true,
        ),
        task('Phối hợp Công an tuyên truyền, hướng dẫn người dân', TASKS.unions, 'ONGOING', null, [youth, women]),
        task(
          'Đạt 930.767 tài khoản thu nhận và kích hoạt toàn tỉnh trước 15/12/2023; theo dõi, đôn đốc',
          TASKS.police,
          'DUE_BY',
          '2023-12-15',
          [police],
          true,
        ),
        task('Báo cáo kết quả về UBND tỉnh trước 18/12/2023', TASKS.report, 'REPORT_BY', '2023-12-18', [police]),
      ],
    },
    { actor, role: 'ADMIN', scopePath: root.path, today },
  );
}

import { useTranslation } from 'react-i18next';

/**
 * The head of a Vietnamese administrative document (Nghị định 30/2020/NĐ-CP): the issuing body
 * and the số on the left; the quốc hiệu, the tiêu ngữ and the place and date line on the right.
 * The quốc hiệu and tiêu ngữ are always in Vietnamese.
 */
export function ReportLetterhead({ body, dateLine }: { body: string; dateLine: string }) {
  const { t } = useTranslation('directives');
  return (
    <div className="dir-doc-letterhead">
      <div className="dir-doc-body-name">
        <p className="dir-doc-upper dir-doc-bold">{body.toLocaleUpperCase('vi')}</p>
        <hr className="dir-doc-rule dir-doc-rule-short" />
        <p className="dir-doc-number">{t('doc.number')}</p>
      </div>
      <div className="dir-doc-motto">
        <p className="dir-doc-bold dir-doc-nation">CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</p>
        <p className="dir-doc-bold dir-doc-slogan">Độc lập - Tự do - Hạnh phúc</p>
        <hr className="dir-doc-rule dir-doc-rule-slogan" />
        <p className="dir-doc-dateline">{dateLine}</p>
      </div>
    </div>
  );
}

import { createHash } from 'node:crypto';
import { ZIdParam, ZRedactedQuery, ZReportDocument } from '@kechuang/domain';
import { writeAuditAlone } from '../../platform/audit/audit.writer';
import { attachmentHeader } from '../../platform/http/attachment';
import { actorOf, requireAuth, type App } from '../../platform/http/types';
import { renderReportDocx } from './docx/report-docx';
import { convertDocxToPdf } from './docx/report-pdf';
import { redactedFor } from './redaction';
import { readReportRow } from './report.repository';

const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const tags = ['工作总结'];

/** The report as a .docx (GB/T 9704-2012) or a PDF through LibreOffice, redacted on request; every download audited. */
export async function reportExportRoutes(app: App): Promise<void> {
  for (const format of ['docx', 'pdf'] as const) {
    app.get(`/reports/:id/${format}`, {
      config: { access: 'report:read' },
      schema: {
        tags,
        summary: format === 'docx' ? '下载 DOCX（GB/T 9704-2012 公文格式）' : '下载 PDF（需服务器安装 LibreOffice）',
        params: ZIdParam,
        querystring: ZRedactedQuery,
      },
      handler: async (req, reply) => {
        const auth = requireAuth(req.auth);
        const row = await readReportRow(app.db, auth, req.params.id);
        const stored = ZReportDocument.parse(row.document);
        const doc = req.query.redacted ? await redactedFor(app.db, row.region_code, stored) : stored;
        const docx = await renderReportDocx(doc);
        const content = format === 'docx' ? docx : await convertDocxToPdf(docx);
        const fileName = `${doc.title}${row.status === 'final' ? '' : '（草稿）'}.${format}`;
        await writeAuditAlone(app.db, actorOf(req), {
          action: 'report.export',
          objectType: 'report',
          objectId: row.id,
          regionCode: row.region_code,
          details: {
            file: fileName,
            redacted: req.query.redacted,
            sha256: createHash('sha256').update(content).digest('hex'),
          },
        });
        return reply
          .header('content-type', format === 'docx' ? DOCX_TYPE : 'application/pdf')
          .header('content-disposition', attachmentHeader(fileName))
          .send(content);
      },
    });
  }
}

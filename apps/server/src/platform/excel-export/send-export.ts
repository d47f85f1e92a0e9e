import { createHash } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { writeAuditAlone } from '../audit/audit.writer';
import { exportRows, type ExportOptions } from '../excel';
import { XLSX_TYPE } from '../files/stored-file';
import { attachmentHeader } from '../http/attachment';
import { actorOf, requireAuth, type App } from '../http/types';

/** What an export writes to the audit trail: its action ('<module>.export'), the object and the filter it used. */
export interface ExportAudit {
  action: string;
  objectType?: string;
  objectId?: string | number;
  /** The region the exported rows belong to; the user's region when omitted. */
  regionCode?: string;
  details?: Record<string, unknown>;
}

/**
 * The one way an Excel export leaves the server: the sheet stamped with who exported it and when, the export
 * audited (rows, filter, the file's SHA-256) before it is sent, and the download named `<fileName>.xlsx`.
 */
export async function sendExport(
  app: App,
  req: FastifyRequest,
  reply: FastifyReply,
  o: { fileName: string; sheet: Omit<ExportOptions, 'stamp'>; notice?: string; audit: ExportAudit },
) {
  const auth = requireAuth(req.auth);
  const content = await exportRows({
    ...o.sheet,
    stamp: { user: `${auth.displayName}（${auth.username}）`, at: new Date(), notice: o.notice },
  });
  const fileName = `${o.fileName}.xlsx`;
  await writeAuditAlone(app.db, actorOf(req), {
    action: o.audit.action,
    objectType: o.audit.objectType,
    objectId: o.audit.objectId,
    regionCode: o.audit.regionCode ?? auth.regionCode,
    details: {
      file: fileName,
      rows: o.sheet.rows.length,
      sha256: createHash('sha256').update(content).digest('hex'),
      ...o.audit.details,
    },
  });
  return reply
    .header('content-type', XLSX_TYPE)
    .header('content-disposition', attachmentHeader(fileName))
    .send(content);
}

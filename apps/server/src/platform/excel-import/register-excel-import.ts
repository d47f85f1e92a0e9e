import { z } from 'zod';
import { writeAuditAlone } from '../audit/audit.writer';
import { buildTemplate } from '../excel';
import { receiveXlsx } from '../files/receive-xlsx';
import { storeFile, XLSX_TYPE } from '../files/stored-file';
import { actorOf, requireAuth, type App, type AuthContext } from '../http/types';
import { confirmableImport } from '../jobs/confirmable-import';
import { attachmentHeader } from '../http/attachment';
import type { CheckedImport, ExcelImportDefinition, ImportJobPayload, ImportUser } from './excel-import';
import { importJobHandler } from './run-import-job';

const ZJobId = z.object({ jobId: z.number().int() });
const ownerParams = z.object({ id: z.coerce.number().int().positive() });

/**
 * Mounts an import's three routes on an upload context (multipart registered): the template, the upload
 * (stored, audited, validated by a job) and the confirmation (committed by a job), and registers the job.
 */
export function registerExcelImport<Owner, Checked extends CheckedImport>(
  app: App,
  def: ExcelImportDefinition<Owner, Checked>,
): void {
  app.jobs.register<ImportJobPayload>(def.type, importJobHandler(def));
  const ownerOf = (auth: AuthContext, params: unknown) =>
    def.owner(app.db, auth, def.ownerParam ? ownerParams.parse(params).id : null);
  const regionOf = (owner: Owner, auth: AuthContext) => def.regionCode?.(owner) ?? auth.regionCode;
  const params = def.ownerParam ? { params: ownerParams } : {};

  app.get(`${def.path}/import-template`, {
    config: { access: def.access },
    schema: { tags: def.tags, summary: `下载${def.label}导入模板（含下拉选项与填写说明）`, ...params },
    handler: async (req, reply) => {
      const auth = requireAuth(req.auth);
      const owner = await ownerOf(auth, req.params);
      const buf = await buildTemplate(await def.spec(app.db, owner, importUser(auth, req.ip)));
      const name = def.templateFileName?.(owner) ?? `${def.label}导入模板.xlsx`;
      return reply.header('content-type', XLSX_TYPE).header('content-disposition', attachmentHeader(name)).send(buf);
    },
  });

  app.post(`${def.path}/import`, {
    config: { access: def.access },
    schema: {
      tags: def.tags,
      summary: `上传${def.label}导入文件（multipart，字段 file）：后台逐行校验，结果（预览、错误报告）见任务中心`,
      ...params,
      response: { 200: ZJobId },
    },
    handler: async (req) => {
      const auth = requireAuth(req.auth);
      const owner = await ownerOf(auth, req.params);
      def.assertOpen?.(owner);
      const regionCode = regionOf(owner, auth);
      const { fileName, content } = await receiveXlsx(app.db, req);
      const stored = await storeFile(app.db, {
        purpose: def.type,
        fileName,
        contentType: XLSX_TYPE,
        content,
        createdBy: auth.userId,
        regionCode,
      });
      const ownerId = def.ownerId?.(owner) ?? null;
      await writeAuditAlone(app.db, actorOf(req), {
        action: `${def.type}-upload`,
        objectType: 'stored_file',
        objectId: stored.id,
        regionCode,
        details: { file: fileName, size: content.length, sha256: stored.sha256, ...(ownerId ? { ownerId } : {}) },
      });
      const payload: ImportJobPayload = {
        fileId: stored.id,
        stage: 'validate',
        ownerId,
        user: importUser(auth, req.ip),
      };
      const jobId = await app.jobs.enqueue({
        type: def.type,
        title: `${def.label}导入校验：${fileName}`,
        payload,
        createdBy: auth.userId,
        regionCode,
      });
      return { jobId };
    },
  });

  app.post(`${def.path}/import/:jobId/confirm`, {
    config: { access: def.access },
    schema: {
      tags: def.tags,
      summary: `确认${def.label}导入：在一个事务中写入全部行（有错误行时拒绝）`,
      params: (def.ownerParam ? ownerParams : z.object({})).extend({ jobId: z.coerce.number().int() }),
      response: { 200: ZJobId },
    },
    handler: async (req) => {
      const auth = requireAuth(req.auth);
      const owner = await ownerOf(auth, req.params);
      const ownerId = def.ownerId?.(owner) ?? null;
      const job = await confirmableImport<ImportJobPayload>(app.db, {
        type: def.type,
        jobId: req.params.jobId,
        userId: auth.userId,
        belongs: (p) => p.ownerId === ownerId,
      });
      const jobId = await app.jobs.enqueue({
        type: def.type,
        title: job.title.replace('导入校验', '导入写入'),
        payload: { ...job.payload, stage: 'commit' },
        createdBy: auth.userId,
        regionCode: regionOf(owner, auth),
      });
      return { jobId };
    },
  });
}

function importUser(auth: AuthContext, ip: string): ImportUser {
  return { id: auth.userId, username: auth.username, ip, regionCode: auth.regionCode, scopePrefix: auth.scopePrefix };
}

import { z } from 'zod';
import { writeAuditAlone } from '../../../platform/audit/audit.writer';
import { buildTemplate } from '../../../platform/excel';
import { receiveXlsx } from '../../../platform/files/receive-xlsx';
import { storeFile, XLSX_TYPE } from '../../../platform/files/stored-file';
import { actorOf, requireAuth, type App } from '../../../platform/http/types';
import { confirmableImport } from '../../../platform/jobs/confirmable-import';
import { runProjectImport, type ProjectImportPayload } from './project-import.jobs';
import { projectImportSpec } from './project-import.spec';

const tags = ['项目·历史导入'];
const JOB = 'project.import';
const ACCESS = 'project:application:import';
const TEMPLATE_NAME = '历史项目导入模板.xlsx';
const attachment = (name: string) => `attachment; filename*=UTF-8''${encodeURIComponent(name)}`;

/** Historical projects from Excel: template → upload (validate, preview, error report) → confirm (one transaction), as jobs. */
export async function projectImportRoutes(app: App): Promise<void> {
  app.jobs.register<ProjectImportPayload>(JOB, runProjectImport);

  app.get('/applications/import-template', {
    config: { access: ACCESS },
    schema: { tags, summary: '下载历史项目导入模板（含下拉选项与填写说明）' },
    handler: async (_req, reply) => {
      const buf = await buildTemplate(await projectImportSpec(app.db));
      return reply.header('content-type', XLSX_TYPE).header('content-disposition', attachment(TEMPLATE_NAME)).send(buf);
    },
  });

  app.post('/applications/import', {
    config: { access: ACCESS },
    schema: {
      tags,
      summary: '上传历史项目表（multipart，字段 file）：后台逐行校验，结果（预览、错误报告）见任务中心',
      response: { 200: z.object({ jobId: z.number().int() }) },
    },
    handler: async (req) => {
      const auth = requireAuth(req.auth);
      const { fileName, content } = await receiveXlsx(app.db, req);
      const stored = await storeFile(app.db, {
        purpose: 'project-import',
        fileName,
        contentType: XLSX_TYPE,
        content,
        createdBy: auth.userId,
        regionCode: auth.regionCode,
      });
      await writeAuditAlone(app.db, actorOf(req), {
        action: 'project.import-upload',
        objectType: 'stored_file',
        objectId: stored.id,
        regionCode: auth.regionCode,
        details: { file: fileName, size: content.length, sha256: stored.sha256 },
      });
      const payload: ProjectImportPayload = {
        fileId: stored.id,
        stage: 'validate',
        user: {
          id: auth.userId,
          username: auth.username,
          ip: req.ip,
          regionCode: auth.regionCode,
          scopePrefix: auth.scopePrefix,
        },
      };
      return {
        jobId: await app.jobs.enqueue({
          type: JOB,
          title: `历史项目导入校验：${fileName}`,
          payload,
          createdBy: auth.userId,
          regionCode: auth.regionCode,
        }),
      };
    },
  });

  app.post('/applications/import/:jobId/confirm', {
    config: { access: ACCESS },
    schema: {
      tags,
      summary: '确认导入：在一个事务中写入全部行（有错误行时拒绝）',
      params: z.object({ jobId: z.coerce.number().int() }),
      response: { 200: z.object({ jobId: z.number().int() }) },
    },
    handler: async (req) => {
      const auth = requireAuth(req.auth);
      const job = await confirmableImport<ProjectImportPayload>(app.db, {
        type: JOB,
        jobId: req.params.jobId,
        userId: auth.userId,
      });
      const payload = job.payload;
      const jobId = await app.jobs.enqueue({
        type: JOB,
        title: job.title.replace('导入校验', '导入写入'),
        payload: { ...payload, stage: 'commit' },
        createdBy: auth.userId,
        regionCode: auth.regionCode,
      });
      return { jobId };
    },
  });
}

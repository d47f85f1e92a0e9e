import { z } from 'zod';
import { ZIdParam } from '@kechuang/domain';
import { writeAuditAlone } from '../../../platform/audit/audit.writer';
import { AppError, notFound } from '../../../platform/errors';
import { buildTemplate } from '../../../platform/excel';
import { receiveXlsx } from '../../../platform/files/receive-xlsx';
import { storeFile, XLSX_TYPE } from '../../../platform/files/stored-file';
import { actorOf, requireAuth, type App, type AuthContext } from '../../../platform/http/types';
import { confirmableImport } from '../../../platform/jobs/confirmable-import';
import { assertTaskInScope, rdRegionScope } from '../rd.policy';
import { findTask } from '../rd-task.repository';
import { runRdImport, type RdImportPayload } from './rd-import.jobs';
import { rdImportSpec } from './rd-import.spec';

const tags = ['研发经费·导入导出'];
const JOB = 'rd.import';
const attachment = (name: string) => `attachment; filename*=UTF-8''${encodeURIComponent(name)}`;

/** The statistics office's sheet for a task: template → upload (validate + preview + error report) → confirm. */
export async function rdImportRoutes(app: App): Promise<void> {
  app.jobs.register<RdImportPayload>(JOB, runRdImport);
  const taskInScope = async (auth: AuthContext, id: number) => {
    const task = await findTask(app.db, id);
    if (!task) throw notFound('填报任务');
    assertTaskInScope(rdRegionScope(auth), task);
    return task;
  };

  app.get('/rd/tasks/:id/import-template', {
    config: { access: 'rd:task:manage' },
    schema: { tags, summary: '下载任务的研发经费导入模板（一行一个单位，含填写说明）', params: ZIdParam },
    handler: async (req, reply) => {
      const task = await taskInScope(requireAuth(req.auth), req.params.id);
      const buf = await buildTemplate(await rdImportSpec(app.db, task));
      return reply
        .header('content-type', XLSX_TYPE)
        .header('content-disposition', attachment(`研发经费导入模板-${task.period}.xlsx`))
        .send(buf);
    },
  });

  app.post('/rd/tasks/:id/import', {
    config: { access: 'rd:task:manage' },
    schema: {
      tags,
      summary: '上传统计报表（multipart，字段 file）：后台逐行校验与核查，结果（预览、错误报告）见任务中心',
      params: ZIdParam,
      response: { 200: z.object({ jobId: z.number().int() }) },
    },
    handler: async (req) => {
      const auth = requireAuth(req.auth);
      const task = await taskInScope(auth, req.params.id);
      if (task.status !== 'open') throw new AppError('CONFLICT', '只有填报中的任务可以导入数据');
      const { fileName, content } = await receiveXlsx(app.db, req);
      const stored = await storeFile(app.db, {
        purpose: 'rd-import',
        fileName,
        contentType: XLSX_TYPE,
        content,
        createdBy: auth.userId,
        regionCode: task.region_code,
      });
      await writeAuditAlone(app.db, actorOf(req), {
        action: 'rd.import-upload',
        objectType: 'rd_task',
        objectId: task.id,
        regionCode: task.region_code,
        details: { file: fileName, size: content.length, sha256: stored.sha256 },
      });
      const payload: RdImportPayload = {
        fileId: stored.id,
        taskId: task.id,
        stage: 'validate',
        user: { id: auth.userId, username: auth.username, ip: req.ip, regionCode: auth.regionCode },
      };
      return {
        jobId: await app.jobs.enqueue({
          type: JOB,
          title: `研发经费导入校验：${fileName}`,
          payload,
          createdBy: auth.userId,
          regionCode: task.region_code,
        }),
      };
    },
  });

  app.post('/rd/tasks/:id/import/:jobId/confirm', {
    config: { access: 'rd:task:manage' },
    schema: {
      tags,
      summary: '确认导入：在一个事务中写入全部行（有错误行时拒绝）',
      params: ZIdParam.extend({ jobId: z.coerce.number().int() }),
      response: { 200: z.object({ jobId: z.number().int() }) },
    },
    handler: async (req) => {
      const auth = requireAuth(req.auth);
      const task = await taskInScope(auth, req.params.id);
      const job = await confirmableImport<RdImportPayload>(app.db, {
        type: JOB,
        jobId: req.params.jobId,
        userId: auth.userId,
        belongs: (p) => p.taskId === task.id,
      });
      const payload = job.payload;
      const jobId = await app.jobs.enqueue({
        type: JOB,
        title: job.title.replace('导入校验', '导入写入'),
        payload: { ...payload, stage: 'commit' },
        createdBy: auth.userId,
        regionCode: task.region_code,
      });
      return { jobId };
    },
  });
}

import { z } from 'zod';
import { ZAttachment, ZIdParam, ZOk } from '@kechuang/domain';
import { contextOf, requireAuth, type App } from '../../platform/http/types';
import type { StorageAdapter } from '../../platform/storage/storage';
import { readUpload } from '../../platform/attachments/read-upload';
import { attachApplicationFile } from './attach-application-file';
import { attachCallFile } from './attach-call-file';
import { filesOf } from './call.repository';
import { deleteAttachment } from './delete-attachment';
import { presentAttachment } from './project.presenter';
import { readAttachment } from './read-attachment';

const tags = ['项目附件'];
const ZSlotQuery = z.object({ slot: z.string().regex(/^[a-zA-Z][a-zA-Z0-9_]{0,39}$/, '附件栏目标识格式不正确') });

/** Attachments of applications (by form slot) and of calls (guides); stored by random key, downloaded through access checks. */
export function attachmentRoutes(storage: StorageAdapter) {
  return async (app: App): Promise<void> => {
    app.post('/applications/:id/attachments', {
      config: { access: 'signed-in' },
      schema: {
        tags,
        summary:
          '上传申报附件（multipart 字段 file；slot 为申报表中的附件栏目；仅 PDF/DOCX/XLSX/JPG/PNG，按扩展名与文件头校验，大小受参数限制）',
        params: ZIdParam,
        querystring: ZSlotQuery,
        consumes: ['multipart/form-data'],
        response: { 200: ZAttachment },
      },
      handler: async (req) => {
        const id = await attachApplicationFile(app.db, storage, contextOf(req), {
          applicationId: req.params.id,
          slot: req.query.slot,
          read: (maxBytes) => readUpload(req, maxBytes),
        });
        return presentAttachment((await filesOf(app.db, 'application', [req.params.id])).find((f) => f.id === id)!);
      },
    });

    app.post('/calls/:id/attachments', {
      config: { access: 'project:write' },
      schema: {
        tags,
        summary: '上传批次附件（申报指南、通知文件等；multipart 字段 file）',
        params: ZIdParam,
        querystring: ZSlotQuery.partial(),
        consumes: ['multipart/form-data'],
        response: { 200: ZAttachment },
      },
      handler: async (req) => {
        const id = await attachCallFile(app.db, storage, contextOf(req), {
          callId: req.params.id,
          slot: req.query.slot ?? 'guide',
          read: (maxBytes) => readUpload(req, maxBytes),
        });
        return presentAttachment((await filesOf(app.db, 'call', [req.params.id])).find((f) => f.id === id)!);
      },
    });

    app.get('/attachments/:id', {
      config: { access: 'signed-in' },
      schema: { tags, summary: '下载附件（按申报书或批次的查看权限）', params: ZIdParam },
      handler: async (req, reply) => {
        const f = await readAttachment(app.db, requireAuth(req.auth), req.params.id);
        const data = await storage.get(f.storage_key);
        return reply
          .header('content-type', f.mime_type)
          .header(
            'content-disposition',
            `attachment; filename="file"; filename*=UTF-8''${encodeURIComponent(f.file_name)}`,
          )
          .header('x-content-type-options', 'nosniff')
          .send(data);
      },
    });

    app.delete('/attachments/:id', {
      config: { access: 'signed-in' },
      schema: { tags, summary: '删除附件（申报书仅草稿或退回修改时可删）', params: ZIdParam, response: { 200: ZOk } },
      handler: async (req) => {
        await deleteAttachment(app.db, storage, contextOf(req), req.params.id);
        return { ok: true as const };
      },
    });
  };
}

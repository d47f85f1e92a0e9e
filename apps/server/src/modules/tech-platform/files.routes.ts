import { z } from 'zod';
import { ZIdParam, ZOk, ZTechPlatformFile } from '@kechuang/domain';
import { contextOf, requireAuth, type App } from '../../platform/http/types';
import type { StorageAdapter } from '../../platform/storage/storage';
import { readUpload } from '../../platform/attachments/read-upload';
import { attachPlatformFile, deletePlatformFile, readPlatformFile } from './attach-platform-file';
import { filesOf } from './dossier.repository';

const tags = ['创新平台'];

/** A platform's attachments: the 认定证书 and other documents; downloads through the platform's read access. */
export function platformFileRoutes(storage: StorageAdapter) {
  return async (app: App): Promise<void> => {
    app.post('/tech-platform/platforms/:id/files', {
      config: { access: 'tech-platform:write' },
      schema: {
        tags,
        summary: '上传平台附件（multipart 字段 file；slot=certificate 为认定证书；PDF/DOCX/XLSX/JPG/PNG）',
        params: ZIdParam,
        querystring: z.object({
          slot: z.enum(['certificate', 'other'], { message: '附件类别须为 certificate 或 other' }).default('other'),
        }),
        consumes: ['multipart/form-data'],
        response: { 200: ZTechPlatformFile },
      },
      handler: async (req) => {
        const id = await attachPlatformFile(app.db, storage, contextOf(req), {
          platformId: req.params.id,
          slot: req.query.slot,
          read: (maxBytes) => readUpload(req, maxBytes),
        });
        const f = (await filesOf(app.db, req.params.id)).find((x) => x.id === id)!;
        return {
          id: f.id,
          slot: f.slot as 'certificate' | 'other',
          fileName: f.file_name,
          sizeBytes: f.size_bytes,
          createdAt: f.created_at.toISOString(),
        };
      },
    });

    app.get('/tech-platform/files/:id', {
      config: { access: 'signed-in' },
      schema: { tags, summary: '下载平台附件（按平台的查看权限）', params: ZIdParam },
      handler: async (req, reply) => {
        const f = await readPlatformFile(app.db, requireAuth(req.auth), req.params.id);
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

    app.delete('/tech-platform/files/:id', {
      config: { access: 'tech-platform:write' },
      schema: { tags, summary: '删除平台附件（留痕）', params: ZIdParam, response: { 200: ZOk } },
      handler: async (req) => {
        await deletePlatformFile(app.db, storage, contextOf(req), req.params.id);
        return { ok: true as const };
      },
    });
  };
}

import { ZAchievementFile, ZEvidenceKindQuery, ZIdParam, ZOk } from '@kechuang/domain';
import { contextOf, requireAuth, type App } from '../../platform/http/types';
import type { StorageAdapter } from '../../platform/storage/storage';
import { readUpload } from '../../platform/attachments/read-upload';
import { attachAchievementFile, deleteAchievementFile, readAchievementFile } from './achievement-files';
import { presentAchievementFile } from './achievement.presenter';

const tags = ['科技成果登记'];

/** The evidence files of registrations: upload by kind, download and delete through the registration's access. */
export function achievementFileRoutes(storage: StorageAdapter) {
  return async (app: App): Promise<void> => {
    app.post('/achievement/records/:id/files', {
      config: { access: 'signed-in' },
      schema: {
        tags,
        summary: '上传证明材料（multipart 字段 file；kind 为材料类型；仅 PDF/DOCX/XLSX/JPG/PNG）',
        params: ZIdParam,
        querystring: ZEvidenceKindQuery,
        consumes: ['multipart/form-data'],
        response: { 200: ZAchievementFile },
      },
      handler: async (req) => {
        const id = await attachAchievementFile(app.db, storage, contextOf(req), {
          achievementId: req.params.id,
          kind: req.query.kind,
          read: (maxBytes) => readUpload(req, maxBytes),
        });
        return presentAchievementFile(await readAchievementFile(app.db, requireAuth(req.auth), id));
      },
    });

    app.get('/achievement/files/:id', {
      config: { access: 'signed-in' },
      schema: { tags, summary: '下载证明材料（按成果登记的查看权限）', params: ZIdParam },
      handler: async (req, reply) => {
        const f = await readAchievementFile(app.db, requireAuth(req.auth), req.params.id);
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

    app.delete('/achievement/files/:id', {
      config: { access: 'signed-in' },
      schema: { tags, summary: '删除证明材料（草稿或退回修改时）', params: ZIdParam, response: { 200: ZOk } },
      handler: async (req) => {
        await deleteAchievementFile(app.db, storage, contextOf(req), req.params.id);
        return { ok: true as const };
      },
    });
  };
}

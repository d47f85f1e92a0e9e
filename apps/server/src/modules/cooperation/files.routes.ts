import { ZCoopFile, ZIdParam } from '@kechuang/domain';
import { contextOf, requireAuth, type App } from '../../platform/http/types';
import type { StorageAdapter } from '../../platform/storage/storage';
import { readUpload } from '../../platform/attachments/read-upload';
import { attachAgreementFile, readAgreementFile } from './agreement-files';
import { presentFile } from './cooperation.presenter';

const tags = ['院地院企合作'];

/** Agreements' attachments: upload (the region's staff), download through the agreement's access. */
export function cooperationFileRoutes(storage: StorageAdapter) {
  return async (app: App): Promise<void> => {
    app.post('/cooperation/agreements/:id/files', {
      config: { access: 'cooperation:write' },
      schema: {
        tags,
        summary: '上传协议附件（multipart 字段 file；仅 PDF/DOCX/XLSX/JPG/PNG；留痕）',
        params: ZIdParam,
        consumes: ['multipart/form-data'],
        response: { 200: ZCoopFile },
      },
      handler: async (req) => {
        const id = await attachAgreementFile(app.db, storage, contextOf(req), {
          agreementId: req.params.id,
          read: (maxBytes) => readUpload(req, maxBytes),
        });
        return presentFile(await readAgreementFile(app.db, requireAuth(req.auth), id));
      },
    });

    app.get('/cooperation/files/:id', {
      config: { access: 'signed-in' },
      schema: { tags, summary: '下载协议附件（按合作协议的查看权限）', params: ZIdParam },
      handler: async (req, reply) => {
        const f = await readAgreementFile(app.db, requireAuth(req.auth), req.params.id);
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
  };
}

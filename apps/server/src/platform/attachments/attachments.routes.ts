import { z } from 'zod';
import { ZAttachedFile, ZAttachedFileList, ZAttachmentOwnerParams, ZIdParam, ZOk } from '@kechuang/domain';
import { contextOf, requireAuth, type App } from '../http/types';
import type { StorageAdapter } from '../storage/storage';
import { attachFile, listAttachments, readAttachment, removeAttachment } from './attach-file';
import type { AttachmentOwners } from './attachment-owner';
import { presentAttachment } from './attachments.repository';
import { readUpload } from './read-upload';

const tags = ['附件'];
/** Types a browser may show in place (photos); everything else downloads. */
const INLINE_TYPES = new Set(['image/jpeg', 'image/png']);

/** Listing, downloading and removing attachments: each owner's module decides access (signed-in here). */
export function attachmentRoutes(owners: AttachmentOwners, storage: StorageAdapter) {
  return async (app: App): Promise<void> => {
    app.get('/attachments/:ownerType/:ownerId', {
      config: { access: 'signed-in' },
      schema: {
        tags,
        summary: '某记录的附件（按该记录的查看权限）',
        params: ZAttachmentOwnerParams,
        response: { 200: ZAttachedFileList },
      },
      handler: async (req) => {
        const { ownerType, ownerId } = req.params;
        const rows = await listAttachments(app.db, owners, requireAuth(req.auth), ownerType, ownerId);
        return { items: rows.map(presentAttachment) };
      },
    });

    app.get('/attachments/file/:id', {
      config: { access: 'signed-in' },
      schema: {
        tags,
        summary: '下载附件（inline=1 时图片直接显示）',
        params: ZIdParam,
        querystring: z.object({ inline: z.enum(['0', '1']).optional() }),
      },
      handler: async (req, reply) => {
        const a = await readAttachment(app.db, owners, requireAuth(req.auth), req.params.id);
        const data = await storage.get(a.storage_key);
        const disposition = req.query.inline === '1' && INLINE_TYPES.has(a.mime_type) ? 'inline' : 'attachment';
        return reply
          .header('content-type', a.mime_type)
          .header('content-disposition', `${disposition}; filename*=UTF-8''${encodeURIComponent(a.file_name)}`)
          .header('x-content-type-options', 'nosniff')
          .send(data);
      },
    });

    app.delete('/attachments/file/:id', {
      config: { access: 'signed-in' },
      schema: { tags, summary: '删除附件（留痕）', params: ZIdParam, response: { 200: ZOk } },
      handler: async (req) => {
        await removeAttachment(app.db, storage, owners, contextOf(req), req.params.id);
        return { ok: true as const };
      },
    });
  };
}

/** The upload: mounted where multipart is parsed. */
export function attachmentUploadRoutes(owners: AttachmentOwners, storage: StorageAdapter) {
  return async (app: App): Promise<void> => {
    app.post('/attachments/:ownerType/:ownerId', {
      config: { access: 'signed-in' },
      schema: {
        tags,
        summary: '上传附件（multipart 字段 file；slot 为附件类别）',
        params: ZAttachmentOwnerParams,
        querystring: z.object({ slot: z.string().min(1, '请指定附件类别').max(40) }),
        consumes: ['multipart/form-data'],
        response: { 200: ZAttachedFile },
      },
      handler: async (req) => {
        const row = await attachFile(app.db, storage, owners, contextOf(req), {
          ...req.params,
          slot: req.query.slot,
          read: (maxBytes) => readUpload(req, maxBytes),
        });
        return presentAttachment(row);
      },
    });
  };
}

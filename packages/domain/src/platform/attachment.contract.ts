import { z } from 'zod';

/** A file attached to a record (the platform's attachments kit), as the API answers it. */
export const ZAttachedFile = z.object({
  id: z.number().int(),
  ownerType: z.string(),
  ownerId: z.number().int(),
  slot: z.string(),
  fileName: z.string(),
  mimeType: z.string(),
  sizeBytes: z.number().int(),
  createdAt: z.string(),
});
export type TAttachedFile = z.infer<typeof ZAttachedFile>;

export const ZAttachedFileList = z.object({ items: z.array(ZAttachedFile) });

/** The owner in an attachments path: `/attachments/:ownerType/:ownerId`. */
export const ZAttachmentOwnerParams = z.object({
  ownerType: z.string().regex(/^[a-z][a-z0-9-]*\.[a-z][a-z0-9-]*$/, '附件所属记录类型格式不正确'),
  ownerId: z.coerce.number().int().positive('记录编号须为正整数'),
});

/** The address of an attachment's bytes; images may be shown inline (thumbnails, photos). */
export const attachmentFileUrl = (id: number, inline = false) =>
  `/api/v1/attachments/file/${id}${inline ? '?inline=1' : ''}`;

import { attachmentFileUrl, type TAttachedFile } from '@kechuang/domain';
import { api } from '../../api/client';

/** The platform's attachments routes (the owner's module decides who may see and change them). */
export const attachmentsApi = {
  list: (ownerType: string, ownerId: number) =>
    api.get<{ items: TAttachedFile[] }>(`/attachments/${ownerType}/${ownerId}`),
  upload: (ownerType: string, ownerId: number, slot: string, file: File) => {
    const form = new FormData();
    form.append('file', file);
    return api.upload<TAttachedFile>(`/attachments/${ownerType}/${ownerId}?slot=${encodeURIComponent(slot)}`, form);
  },
  remove: (id: number) => api.del<{ ok: true }>(`/attachments/file/${id}`),
  url: attachmentFileUrl,
};

import { api } from '../../api/client';
import type { TCreateNoticeRequest, TNotice, TPublicNotice } from '@kechuang/domain';

export const noticeApi = {
  list: () => api.get<TNotice[]>('/notices'),
  create: (body: TCreateNoticeRequest) => api.post<TNotice>('/notices', body),
  publish: (id: number, version: number) => api.post<TNotice>(`/notices/${id}/publish`, { version }),
  // No sign-in needed: quiet401 keeps a stray 401 from sending a citizen to the login page.
  publicList: () => api.get<TPublicNotice[]>('/public/notices', undefined, { quiet401: true }),
  publicOne: (id: number) => api.get<TPublicNotice>(`/public/notices/${id}`, undefined, { quiet401: true }),
};

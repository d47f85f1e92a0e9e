import type { TOk, TSessionPayload } from '@kechuang/domain';
import { api } from '../../api/client';

export const authApi = {
  // quiet401: "not signed in" is the normal answer on the login page, not a reason to redirect.
  me: () => api.get<TSessionPayload>('/auth/me', undefined, { quiet401: true }),
  login: (username: string, password: string) => api.post<TSessionPayload>('/auth/login', { username, password }),
  logout: () => api.post<TOk>('/auth/logout'),
  changePassword: (oldPassword: string, newPassword: string) =>
    api.post<TOk>('/auth/change-password', { oldPassword, newPassword }),
};

import type { TCurrentUser } from '@kechuang/domain';
import { api } from '../../api/client';

interface SessionPayload {
  csrfToken: string;
  user: TCurrentUser;
}

export const authApi = {
  // quiet401: "not signed in" is the normal answer on the login page, not a reason to redirect.
  me: () => api.get<SessionPayload>('/auth/me', undefined, { quiet401: true }),
  login: (username: string, password: string) => api.post<SessionPayload>('/auth/login', { username, password }),
  logout: () => api.post<{ ok: true }>('/auth/logout'),
  changePassword: (oldPassword: string, newPassword: string) =>
    api.post<{ ok: true }>('/auth/change-password', { oldPassword, newPassword }),
};

import type { RoleCode, TOk, TUser } from '@kechuang/domain';
import { api } from '../../api/client';

export interface CreateUserInput {
  username: string;
  displayName: string;
  phone?: string | null;
  regionCode: string;
  initialPassword: string;
}

export interface UpdateUserInput {
  version: number;
  displayName?: string;
  phone?: string | null;
  regionCode?: string;
  status?: 'active' | 'disabled';
}

export const usersApi = {
  create: (body: CreateUserInput) => api.post<TUser>('/users', body),
  update: (id: number, body: UpdateUserInput) => api.put<TUser>(`/users/${id}`, body),
  resetPassword: (id: number, body: { version: number; newPassword: string }) =>
    api.post<TOk>(`/users/${id}/reset-password`, body),
  grantRoles: (id: number, body: { version: number; roles: RoleCode[] }) => api.put<TUser>(`/users/${id}/roles`, body),
  unlock: (id: number) => api.post<TOk>(`/users/${id}/unlock`),
};

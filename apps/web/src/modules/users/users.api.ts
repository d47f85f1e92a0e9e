import type { AdminResetStatus, RoleCode, TAdminResetApproved, TAdminResetRequest, TOk, TUser } from '@kechuang/domain';
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
  resetTotp: (id: number) => api.post<TOk>(`/users/${id}/totp/reset`),
  /** An administrator's password: asked for here, set only when another administrator approves. */
  requestAdminReset: (id: number, reason: string) =>
    api.post<TAdminResetRequest>(`/users/${id}/reset-requests`, { reason }),
  adminResets: (status?: AdminResetStatus) =>
    api.get<TAdminResetRequest[]>('/users/reset-requests', status ? { status } : undefined),
  approveAdminReset: (id: number) => api.post<TAdminResetApproved>(`/users/reset-requests/${id}/approve`),
  rejectAdminReset: (id: number, note?: string) => api.post<TOk>(`/users/reset-requests/${id}/reject`, { note }),
};

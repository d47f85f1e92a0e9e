import type {
  TLoginResponse,
  TOk,
  TSessionPayload,
  TTotpEnrolment,
  TTotpLoginRequest,
  TTotpRecoveryCodes,
  TTotpStatus,
} from '@kechuang/domain';
import { api } from '../../api/client';

export const authApi = {
  // quiet401: "not signed in" is the normal answer on the login page, not a reason to redirect.
  me: () => api.get<TSessionPayload>('/auth/me', undefined, { quiet401: true }),
  login: (username: string, password: string) => api.post<TLoginResponse>('/auth/login', { username, password }),
  loginWithTotp: (body: TTotpLoginRequest) => api.post<TSessionPayload>('/auth/login/totp', body),
  logout: () => api.post<TOk>('/auth/logout'),
  changePassword: (oldPassword: string, newPassword: string) =>
    api.post<TOk>('/auth/change-password', { oldPassword, newPassword }),
  totpStatus: () => api.get<TTotpStatus>('/auth/totp'),
  startTotp: () => api.post<TTotpEnrolment>('/auth/totp/start'),
  confirmTotp: (code: string) => api.post<TTotpRecoveryCodes>('/auth/totp/confirm', { code }),
  renewRecoveryCodes: (code: string) => api.post<TTotpRecoveryCodes>('/auth/totp/recovery-codes', { code }),
  disableTotp: (code: string) => api.post<TOk>('/auth/totp/disable', { code }),
};

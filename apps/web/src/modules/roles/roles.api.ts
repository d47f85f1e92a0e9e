import type { TPermissionOption, TRole } from '@kechuang/domain';
import { api } from '../../api/client';

export const rolesApi = {
  list: () => api.get<TRole[]>('/roles'),
  permissions: () => api.get<TPermissionOption[]>('/permissions'),
  update: (code: string, body: { version: number; permissions: string[] }) => api.put<TRole>(`/roles/${code}`, body),
};

export const DATA_SCOPE_LABELS: Record<TRole['dataScope'], string> = {
  region: '本区划及下级数据',
  'own-enterprise': '仅本企业数据',
  assigned: '仅指派给本人的数据',
  none: '无业务数据',
};

import type { RoleRow } from './role.repository';

/** Role row → API shape. */
export const presentRole = (r: Pick<RoleRow, 'code' | 'name' | 'permissions' | 'data_scope' | 'version'>) => ({
  code: r.code,
  name: r.name,
  permissions: r.permissions as string[],
  dataScope: r.data_scope,
  version: r.version,
});

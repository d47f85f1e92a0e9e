import { z } from 'zod';
import { ADMIN_ONLY_PERMISSIONS, PERMISSION_LABELS, ZRole, ZUpdateRoleRequest } from '@kechuang/domain';
import { contextOf, type App } from '../../platform/http/types';
import { presentRole } from './role.presenter';
import { listRoles } from './role.repository';
import { updateRole } from './update-role';

const tags = ['角色管理'];

/** 角色管理: everyone with the list permission reads; only the security admin changes grants. */
export async function roleRoutes(app: App): Promise<void> {
  app.get('/roles', {
    config: { access: 'system:role:list' },
    schema: { tags, summary: '角色及其权限', response: { 200: z.array(ZRole) } },
    handler: async () => (await listRoles(app.db)).map(presentRole),
  });

  app.get('/permissions', {
    config: { access: 'system:role:list' },
    schema: {
      tags,
      summary: '全部权限项',
      response: { 200: z.array(z.object({ key: z.string(), label: z.string(), adminOnly: z.string().nullable() })) },
    },
    handler: async () =>
      Object.entries(PERMISSION_LABELS).map(([key, label]) => ({
        key,
        label,
        adminOnly: ADMIN_ONLY_PERMISSIONS[key] ?? null,
      })),
  });

  app.put('/roles/:code', {
    config: { access: 'security:role:grant' },
    schema: {
      tags,
      summary: '修改角色权限',
      params: z.object({ code: z.string() }),
      body: ZUpdateRoleRequest,
      response: { 200: ZRole },
    },
    handler: async (req) =>
      presentRole(await updateRole(app.db, contextOf(req), { code: req.params.code, ...req.body })),
  });
}

import { z } from 'zod';
import { ADMIN_ONLY_PERMISSIONS, PERMISSION_LABELS, ZRole, ZUpdateRoleRequest } from '@kechuang/domain';
import { writeAudit } from '../../platform/audit/audit.writer';
import { invalidateRolePermissions } from '../../platform/auth/permissions.cache';
import { updateVersioned } from '../../platform/db/versioned-update';
import { AppError } from '../../platform/errors';
import { actorOf, requireAuth, type App } from '../../platform/http/types';

const tags = ['角色管理'];

/** 角色管理: everyone with the list permission reads; only the security admin changes grants. */
export async function roleRoutes(app: App): Promise<void> {
  app.get('/roles', {
    config: { access: 'system:role:list' },
    schema: { tags, summary: '角色及其权限', response: { 200: z.array(ZRole) } },
    handler: async () => {
      const rows = await app.db.selectFrom('role').selectAll().orderBy('sort').execute();
      return rows.map((r) => ({
        code: r.code,
        name: r.name,
        permissions: r.permissions as string[],
        dataScope: r.data_scope,
        version: r.version,
      }));
    },
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
    handler: async (req) => {
      const auth = requireAuth(req.auth);
      const unknown = req.body.permissions.filter((p) => !(p in PERMISSION_LABELS));
      if (unknown.length) throw new AppError('VALIDATION_FAILED', `未知的权限项：${unknown.join('、')}`);
      const misplaced = req.body.permissions.filter(
        (p) => ADMIN_ONLY_PERMISSIONS[p] && ADMIN_ONLY_PERMISSIONS[p] !== req.params.code,
      );
      if (misplaced.length) {
        throw new AppError(
          'VALIDATION_FAILED',
          `三员分立：${misplaced.map((p) => PERMISSION_LABELS[p as keyof typeof PERMISSION_LABELS]).join('、')} 只能授予对应的管理员角色`,
        );
      }
      const after = await app.db.transaction().execute(async (trx) => {
        const res = await updateVersioned<{
          code: string;
          name: string;
          permissions: string[];
          data_scope: 'region';
          version: number;
        }>(trx, {
          table: 'role',
          key: 'code',
          id: req.params.code,
          version: req.body.version,
          set: { permissions: JSON.stringify([...new Set(req.body.permissions)].sort()) },
          what: '角色',
          userId: auth.userId,
        });
        await writeAudit(trx, actorOf(req), {
          action: 'role.update',
          objectType: 'role',
          objectId: req.params.code,
          before: res.before,
          after: res.after,
        });
        return res.after;
      });
      invalidateRolePermissions();
      return {
        code: after.code,
        name: after.name,
        permissions: after.permissions,
        dataScope: after.data_scope,
        version: after.version,
      };
    },
  });
}

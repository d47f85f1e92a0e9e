import { z } from 'zod';
import type { Selectable } from 'kysely';
import { ZParam, ZUpdateParamRequest } from '@kechuang/domain';
import { writeAudit } from '../../platform/audit/audit.writer';
import type { SysParamTable } from '../../platform/db/schema';
import { updateVersioned } from '../../platform/db/versioned-update';
import { AppError, forbidden, notFound } from '../../platform/errors';
import { actorOf, requireAuth, type App } from '../../platform/http/types';
import type { FastifyRequest } from 'fastify';
import { invalidateParams } from '../../platform/params/params.repository';

const present = (r: Selectable<SysParamTable>) => ({
  key: r.key,
  name: r.name,
  value: r.value,
  category: r.category,
  valueType: r.value_type,
  minValue: r.min_value,
  maxValue: r.max_value,
  remark: r.remark,
  version: r.version,
});

function checkValue(p: Selectable<SysParamTable>, value: string): string | null {
  if (p.value_type === 'boolean') return value === 'true' || value === 'false' ? null : `${p.name}须为“是”或“否”`;
  if (p.value_type === 'int') {
    if (!/^-?\d+$/.test(value)) return `${p.name}须为整数`;
    const n = Number(value);
    if (p.min_value !== null && n < p.min_value) return `${p.name}不能小于 ${p.min_value}`;
    if (p.max_value !== null && n > p.max_value) return `${p.name}不能大于 ${p.max_value}`;
    return null;
  }
  return value.length === 0 ? `${p.name}不能为空` : null;
}

/**
 * 参数设置 (system admin) and 安全策略 (security admin) share one table, split by category, so
 * neither admin can change the other's settings.
 */
export async function paramRoutes(app: App): Promise<void> {
  const list = (category: 'system' | 'security') => async () =>
    (await app.db.selectFrom('sys_param').selectAll().where('category', '=', category).orderBy('key').execute()).map(
      present,
    );

  const update =
    (category: 'system' | 'security') =>
    async (req: FastifyRequest<{ Params: { key: string }; Body: z.infer<typeof ZUpdateParamRequest> }>) => {
      const auth = requireAuth(req.auth);
      const p = await app.db.selectFrom('sys_param').selectAll().where('key', '=', req.params.key).executeTakeFirst();
      if (!p) throw notFound('参数');
      if (p.category !== category) {
        throw forbidden(category === 'system' ? '安全策略参数只能由安全管理员修改' : '系统参数只能由系统管理员修改');
      }
      const problem = checkValue(p, req.body.value);
      if (problem) throw new AppError('VALIDATION_FAILED', problem, [{ field: 'value', message: problem }]);
      const after = await app.db.transaction().execute(async (trx) => {
        const res = await updateVersioned<Selectable<SysParamTable>>(trx, {
          table: 'sys_param',
          key: 'key',
          id: p.key,
          version: req.body.version,
          set: { value: req.body.value },
          what: '参数',
          userId: auth.userId,
        });
        await writeAudit(trx, actorOf(req), {
          action: `${category === 'security' ? 'security-policy' : 'param'}.update`,
          objectType: 'sys_param',
          objectId: p.key,
          before: { value: res.before.value },
          after: { value: res.after.value },
        });
        return res.after;
      });
      invalidateParams();
      return present(after);
    };

  const keyParam = z.object({ key: z.string() });
  app.get('/params', {
    config: { access: 'system:param:manage' },
    schema: { tags: ['参数设置'], summary: '系统参数', response: { 200: z.array(ZParam) } },
    handler: list('system'),
  });
  app.put('/params/:key', {
    config: { access: 'system:param:manage' },
    schema: {
      tags: ['参数设置'],
      summary: '修改系统参数',
      params: keyParam,
      body: ZUpdateParamRequest,
      response: { 200: ZParam },
    },
    handler: update('system'),
  });
  app.get('/security/policy', {
    config: { access: 'security:policy:manage' },
    schema: { tags: ['安全策略'], summary: '安全策略参数（口令、锁定、会话）', response: { 200: z.array(ZParam) } },
    handler: list('security'),
  });
  app.put('/security/policy/:key', {
    config: { access: 'security:policy:manage' },
    schema: {
      tags: ['安全策略'],
      summary: '修改安全策略参数',
      params: keyParam,
      body: ZUpdateParamRequest,
      response: { 200: ZParam },
    },
    handler: update('security'),
  });
}

import { z } from 'zod';
import { ZParam, ZUpdateParamRequest } from '@kechuang/domain';
import type { FastifyRequest } from 'fastify';
import { contextOf, type App } from '../../platform/http/types';
import { presentParam } from './param.presenter';
import { listParams, type ParamCategory } from './param.repository';
import { updateParam } from './update-param';

/**
 * 参数设置 (system admin) and 安全策略 (security admin) share one table, split by category, so
 * neither admin can change the other's settings.
 */
export async function paramRoutes(app: App): Promise<void> {
  const list = (category: ParamCategory) => async () => (await listParams(app.db, category)).map(presentParam);

  const update =
    (category: ParamCategory) =>
    async (req: FastifyRequest<{ Params: { key: string }; Body: z.infer<typeof ZUpdateParamRequest> }>) =>
      presentParam(await updateParam(app.db, contextOf(req), { category, key: req.params.key, ...req.body }));

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

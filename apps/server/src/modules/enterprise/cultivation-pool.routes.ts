import { z } from 'zod';
import { POOL_TARGETS, ZPoolResponse, zDate } from '@kechuang/domain';
import { requireAuth, type App } from '../../platform/http/types';
import { listCultivationPool } from './list-cultivation-pool';

const ZPoolQuery = z.object({
  target: z.enum(POOL_TARGETS).default('high_tech'),
  township: z
    .string()
    .regex(/^\d{12}$/)
    .optional(),
  onlyCandidates: z.coerce.boolean().optional(),
  asOf: zDate('测算日期').optional(),
});

/** 培育库: the engines run over the register — who is close to the next rung, and what each one lacks. */
export async function cultivationPoolRoutes(app: App): Promise<void> {
  app.get('/cultivation-pool', {
    config: { access: 'enterprise:read' },
    schema: {
      tags: ['培育库'],
      summary: '培育库：按规则引擎评估距下一梯度的差距',
      querystring: ZPoolQuery,
      response: { 200: ZPoolResponse },
    },
    handler: async (req) => listCultivationPool(app.db, requireAuth(req.auth), req.query),
  });
}

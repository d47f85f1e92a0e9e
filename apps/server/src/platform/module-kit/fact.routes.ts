import { z } from 'zod';
import { reportPeriod, ZReportFacts, ZReportPeriodCode } from '@kechuang/domain';
import { inScope, regionScopePrefix } from '../auth/region-scope';
import { AppError } from '../errors';
import { requireAuth, type App } from '../http/types';
import { collectFacts } from './collect-facts';
import type { ServerModule } from './module';

/** GET /facts: every figure the modules state for a region in the user's scope and a period, with its records. */
export async function factRoutes(app: App, modules: readonly ServerModule[]): Promise<void> {
  app.get('/facts', {
    config: { access: 'dashboard:view' },
    schema: {
      tags: ['报告事实'],
      summary: '某区划某期间的全部报告事实（数值、单位、口径与其背后的记录编号），供工作总结、指标与看板引用',
      querystring: z.object({
        period: ZReportPeriodCode,
        region: z
          .string()
          .regex(/^\d{6}$/, '区划代码须为 6 位数字')
          .optional(),
      }),
      response: { 200: ZReportFacts },
    },
    handler: async (req) => {
      const auth = requireAuth(req.auth);
      const regionCode = req.query.region ?? auth.regionCode;
      const scopePrefix = regionScopePrefix(regionCode);
      if (!inScope(auth.scopePrefix, regionCode)) {
        throw new AppError('OUT_OF_SCOPE', `区划 ${regionCode} 不在您的管辖范围内`);
      }
      const period = reportPeriod(req.query.period)!;
      const facts = await collectFacts(app.db, modules, {
        regionCode,
        scopePrefix,
        period,
        from: period.from,
        to: period.to,
      });
      return { regionCode, period, facts };
    },
  });
}

import { z } from 'zod';
import { ZFundingSummary, zDate } from '@kechuang/domain';
import { requireAuth, type App } from '../../platform/http/types';
import { projectReportFacts } from './report-facts';

/** Report facts over HTTP: what the half-year report says about projects, each figure with its records. */
export async function factRoutes(app: App): Promise<void> {
  app.get('/projects/facts', {
    config: { access: 'project:read' },
    schema: {
      tags: ['项目申报'],
      summary: '期间项目事实（按类别统计提交的申报书数量及编号、按来源级别的资金合计及记录编号），供半年报与看板引用',
      querystring: z.object({ from: zDate('起始日期'), to: zDate('截止日期') }),
      response: {
        200: z.object({
          from: z.string(),
          to: z.string(),
          applications: z.array(
            z.object({
              category: z.string(),
              categoryLabel: z.string(),
              year: z.number().int(),
              count: z.number().int(),
              applicationIds: z.array(z.number().int()),
            }),
          ),
          funding: ZFundingSummary,
        }),
      },
    },
    handler: async (req) => projectReportFacts(app.db, requireAuth(req.auth).scopePrefix, req.query.from, req.query.to),
  });
}

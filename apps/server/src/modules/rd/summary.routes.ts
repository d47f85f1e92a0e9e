import { z } from 'zod';
import {
  ZIdParam,
  ZRdBasisQuery,
  ZRdDeductions,
  ZRdPeriod,
  ZRdPeriodSummary,
  ZRdTaskSummary,
  ZRdTrendPoint,
} from '@kechuang/domain';
import { requireAuth, type App } from '../../platform/http/types';
import { buildTrend } from './build-trend';
import { estimateTaskDeductions } from './estimate-deductions';
import { rdPeriodSummary } from './period-summary';
import { readRdTask } from './read-rd-task';
import { readTaskSummary } from './read-task-summary';

const tags = ['研发经费·汇总与强度'];

/** Totals by township/industry/tier/performer, R&D intensity, 加计扣除 estimates, the period fact and the trend. */
export async function rdSummaryRoutes(app: App): Promise<void> {
  app.get('/rd/tasks/:id/summary', {
    config: { access: 'signed-in' },
    schema: {
      tags,
      summary: '任务汇总：按乡镇、行业大类、梯度、执行部门，及研发经费投入强度（企业用户仅可查看已发布的汇总）',
      params: ZIdParam,
      querystring: ZRdBasisQuery,
      response: { 200: ZRdTaskSummary },
    },
    handler: async (req) =>
      readTaskSummary(app.db, requireAuth(req.auth), { taskId: req.params.id, basis: req.query.basis }),
  });

  app.get('/rd/tasks/:id/deductions', {
    config: { access: 'signed-in' },
    schema: {
      tags,
      summary: '研发费用加计扣除测算：各通过单位与合计（比例按政策表，展示计算过程）',
      params: ZIdParam,
      response: { 200: ZRdDeductions },
    },
    handler: async (req) => {
      const task = await readRdTask(app.db, requireAuth(req.auth), req.params.id);
      return estimateTaskDeductions(app.db, task.id);
    },
  });

  app.get('/rd/summary', {
    config: { access: 'rd:summary:view' },
    schema: {
      tags,
      summary: '某期间审核通过的研发经费合计及其对应单位（供半年工作报告与看板引用）',
      querystring: z.object({ period: ZRdPeriod }),
      response: { 200: ZRdPeriodSummary },
    },
    handler: async (req) => {
      const auth = requireAuth(req.auth);
      return rdPeriodSummary(app.db, auth.scopePrefix, auth.regionCode, req.query.period);
    },
  });

  app.get('/rd/trend', {
    config: { access: 'rd:summary:view' },
    schema: {
      tags,
      summary: '各期审核通过的研发经费合计与研发经费投入强度趋势',
      response: { 200: z.array(ZRdTrendPoint) },
    },
    handler: async (req) => {
      const auth = requireAuth(req.auth);
      return buildTrend(app.db, auth.scopePrefix, auth.regionCode);
    },
  });
}

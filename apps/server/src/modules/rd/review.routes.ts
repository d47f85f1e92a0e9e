import { z } from 'zod';
import { chinaToday, ZIdParam, ZRdCompletion, ZRdFindingQuery, ZRdTaskFinding } from '@kechuang/domain';
import { requireAuth, type App } from '../../platform/http/types';
import { presentCounts } from './rd.presenter';
import { readRdTask } from './read-rd-task';
import { taskFindings } from './task-findings';
import { townshipCompletion } from './township-completion';

const tags = ['研发经费·审核与核查'];

/** The review list of open findings across a task, and the live completion rate (填报率) per township. */
export async function rdReviewRoutes(app: App): Promise<void> {
  app.get('/rd/tasks/:id/findings', {
    config: { access: 'signed-in' },
    schema: {
      tags,
      summary: '核查清单：任务内全部单位的未解决核查结果（错误、提示、逾期未报）',
      params: ZIdParam,
      querystring: ZRdFindingQuery,
      response: { 200: z.array(ZRdTaskFinding) },
    },
    handler: async (req) => {
      const task = await readRdTask(app.db, requireAuth(req.auth), req.params.id);
      const all = await taskFindings(app.db, task, req.query.today ?? chinaToday());
      return all.filter(
        (f) =>
          (!req.query.severity || f.severity === req.query.severity) && (!req.query.code || f.code === req.query.code),
      ) as z.infer<typeof ZRdTaskFinding>[];
    },
  });

  app.get('/rd/tasks/:id/completion', {
    config: { access: 'signed-in' },
    schema: {
      tags,
      summary: '填报率：全任务与分乡镇（已提交与已通过计为已报）',
      params: ZIdParam,
      response: { 200: ZRdCompletion },
    },
    handler: async (req) => {
      const task = await readRdTask(app.db, requireAuth(req.auth), req.params.id);
      const { overall, byTownship } = await townshipCompletion(app.db, task.id);
      return {
        overall: presentCounts(overall),
        byTownship: byTownship.map((t) => ({
          townshipCode: t.township_code,
          townshipName: t.township_name ?? '未填乡镇',
          ...presentCounts(t),
        })),
      };
    },
  });
}

import { z } from 'zod';
import {
  ZIdParam,
  ZRdAddUnits,
  ZRdPublish,
  ZRdTask,
  ZRdTaskCreate,
  ZRdTaskCreated,
  ZRdTaskQuery,
  ZRdTaskUpdate,
  ZRdVersionBody,
  zPage,
} from '@kechuang/domain';
import { contextOf, requireAuth, type App } from '../../platform/http/types';
import { addRdTaskUnits } from './add-rd-task-units';
import { changeTaskStatus } from './change-task-status';
import { createRdTask } from './create-rd-task';
import { listRdTasks } from './list-rd-tasks';
import { publishRdTask } from './publish-rd-task';
import { presentTask } from './rd.presenter';
import { findTaskView } from './rd-task.repository';
import { readRdTask } from './read-rd-task';
import { removeRdTaskUnit } from './remove-rd-task-unit';
import { updateRdTask } from './update-rd-task';

const tags = ['研发经费·填报任务'];
const ZAdded = z.object({
  added: z.number().int(),
  skipped: z.array(z.object({ enterpriseId: z.number().int(), enterpriseName: z.string(), reason: z.string() })),
  task: ZRdTask,
});

/** Collection tasks: list, create (units frozen), edit, open/close/reopen, add or remove units, publish totals. */
export async function rdTaskRoutes(app: App): Promise<void> {
  app.get('/rd/tasks', {
    config: { access: 'signed-in' },
    schema: {
      tags,
      summary: '填报任务列表（管辖区划内，含各状态单位数与填报率）',
      querystring: ZRdTaskQuery,
      response: { 200: zPage(ZRdTask) },
    },
    handler: async (req) => {
      const { data, total } = await listRdTasks(app.db, requireAuth(req.auth), req.query);
      return { data: data.map(presentTask), total, success: true as const };
    },
  });

  app.post('/rd/tasks', {
    config: { access: 'rd:task:manage' },
    schema: {
      tags,
      summary: '新建填报任务（按全部/高企/科小/标签/指定单位选取并固定填报单位，草稿状态）',
      body: ZRdTaskCreate,
      response: { 200: ZRdTaskCreated },
    },
    handler: async (req) => {
      const { skipped, ...task } = await createRdTask(app.db, contextOf(req), req.body);
      return { ...presentTask(task), skipped };
    },
  });

  app.get('/rd/tasks/:id', {
    config: { access: 'signed-in' },
    schema: { tags, summary: '填报任务详情', params: ZIdParam, response: { 200: ZRdTask } },
    handler: async (req) => {
      const task = await readRdTask(app.db, requireAuth(req.auth), req.params.id);
      return presentTask(await findTaskView(app.db, task.id));
    },
  });

  app.put('/rd/tasks/:id', {
    config: { access: 'rd:task:manage' },
    schema: {
      tags,
      summary: '修改任务名称、截止日期、备注（乐观锁）',
      params: ZIdParam,
      body: ZRdTaskUpdate,
      response: { 200: ZRdTask },
    },
    handler: async (req) =>
      presentTask(await updateRdTask(app.db, contextOf(req), { taskId: req.params.id, ...req.body })),
  });

  for (const [move, summary] of [
    ['open', '发布任务：开始填报（通知各单位企业用户）'],
    ['close', '截止任务：停止保存与提交'],
    ['reopen', '重新开放已截止的任务'],
  ] as const) {
    app.post(`/rd/tasks/:id/${move}`, {
      config: { access: 'rd:task:manage' },
      schema: { tags, summary, params: ZIdParam, body: ZRdVersionBody, response: { 200: ZRdTask } },
      handler: async (req) =>
        presentTask(
          await changeTaskStatus(app.db, contextOf(req), { taskId: req.params.id, version: req.body.version, move }),
        ),
    });
  }

  app.post('/rd/tasks/:id/units', {
    config: { access: 'rd:task:manage' },
    schema: {
      tags,
      summary: '向草稿或填报中的任务增加填报单位',
      params: ZIdParam,
      body: ZRdAddUnits,
      response: { 200: ZAdded },
    },
    handler: async (req) => {
      const r = await addRdTaskUnits(app.db, contextOf(req), { taskId: req.params.id, ...req.body });
      return { added: r.added, skipped: r.skipped, task: presentTask(r.task) };
    },
  });

  app.delete('/rd/tasks/:id/units/:unitId', {
    config: { access: 'rd:task:manage' },
    schema: {
      tags,
      summary: '从任务中移除尚未填报的单位（乐观锁：单位版本号）',
      params: ZIdParam.extend({ unitId: z.coerce.number().int().positive() }),
      querystring: z.object({ version: z.coerce.number().int().min(1) }),
      response: { 200: ZRdTask },
    },
    handler: async (req) =>
      presentTask(
        await removeRdTaskUnit(app.db, contextOf(req), {
          taskId: req.params.id,
          unitId: req.params.unitId,
          version: req.query.version,
        }),
      ),
  });

  app.post('/rd/tasks/:id/publish', {
    config: { access: 'rd:summary:publish' },
    schema: {
      tags,
      summary: '发布或撤回全县汇总（发布后企业用户可查看汇总数，留痕）',
      params: ZIdParam,
      body: ZRdPublish,
      response: { 200: ZRdTask },
    },
    handler: async (req) =>
      presentTask(await publishRdTask(app.db, contextOf(req), { taskId: req.params.id, ...req.body })),
  });
}

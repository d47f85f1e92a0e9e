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
import { writeAudit } from '../../platform/audit/audit.writer';
import { updateVersioned } from '../../platform/db/versioned-update';
import { AppError, notFound } from '../../platform/errors';
import { actorOf, requireAuth, type App, type AuthContext } from '../../platform/http/types';
import { changeTaskStatus, publishTask } from './change-task-status';
import { addRdTaskUnits, createRdTask } from './create-rd-task';
import { assertTaskInScope, rdRegionScope } from './rd.policy';
import { presentTask } from './rd.presenter';
import { countsByTask, findTask, listTasks } from './rd-task.repository';

const tags = ['研发经费·填报任务'];
const ZAdded = z.object({
  added: z.number().int(),
  skipped: z.array(z.object({ enterpriseId: z.number().int(), enterpriseName: z.string(), reason: z.string() })),
  task: ZRdTask,
});

/** Collection tasks: list, create (units frozen), edit, open/close/reopen, add or remove units, publish totals. */
export async function rdTaskRoutes(app: App): Promise<void> {
  const taskInScope = async (auth: AuthContext, id: number) => {
    const task = await findTask(app.db, id);
    if (!task) throw notFound('填报任务');
    assertTaskInScope(rdRegionScope(auth), task);
    return task;
  };
  const present = async (id: number) => {
    const task = (await findTask(app.db, id))!;
    return presentTask(task, (await countsByTask(app.db, [id])).get(id));
  };

  app.get('/rd/tasks', {
    config: { access: 'signed-in' },
    schema: {
      tags,
      summary: '填报任务列表（管辖区划内，含各状态单位数与填报率）',
      querystring: ZRdTaskQuery,
      response: { 200: zPage(ZRdTask) },
    },
    handler: async (req) => {
      const prefix = rdRegionScope(requireAuth(req.auth));
      const { current, pageSize, ...filter } = req.query;
      const { rows, total } = await listTasks(app.db, prefix, filter, { current, pageSize });
      const counts = await countsByTask(
        app.db,
        rows.map((r) => r.id),
      );
      return { data: rows.map((r) => presentTask(r, counts.get(r.id))), total, success: true as const };
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
      const auth = requireAuth(req.auth);
      const { id, skipped } = await app.db
        .transaction()
        .execute((trx) => createRdTask(trx, actorOf(req), auth, req.body));
      return { ...(await present(id)), skipped };
    },
  });

  app.get('/rd/tasks/:id', {
    config: { access: 'signed-in' },
    schema: { tags, summary: '填报任务详情', params: ZIdParam, response: { 200: ZRdTask } },
    handler: async (req) => {
      await taskInScope(requireAuth(req.auth), req.params.id);
      return present(req.params.id);
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
    handler: async (req) => {
      const task = await taskInScope(requireAuth(req.auth), req.params.id);
      const { version, title, dueDate, remark } = req.body;
      await app.db.transaction().execute(async (trx) => {
        const { before, after } = await updateVersioned(trx, {
          table: 'rd_task',
          key: 'id',
          id: task.id,
          version,
          set: { title, due_date: dueDate, remark },
          what: '填报任务',
          userId: req.auth!.userId,
        });
        await writeAudit(trx, actorOf(req), {
          action: 'rd.task.update',
          objectType: 'rd_task',
          objectId: task.id,
          regionCode: task.region_code,
          before,
          after,
        });
      });
      return present(task.id);
    },
  });

  for (const [move, summary] of [
    ['open', '发布任务：开始填报（通知各单位企业用户）'],
    ['close', '截止任务：停止保存与提交'],
    ['reopen', '重新开放已截止的任务'],
  ] as const) {
    app.post(`/rd/tasks/:id/${move}`, {
      config: { access: 'rd:task:manage' },
      schema: { tags, summary, params: ZIdParam, body: ZRdVersionBody, response: { 200: ZRdTask } },
      handler: async (req) => {
        const task = await taskInScope(requireAuth(req.auth), req.params.id);
        if (move === 'open' && ((await countsByTask(app.db, [task.id])).get(task.id)?.units ?? 0) === 0) {
          throw new AppError('CONFLICT', '任务没有填报单位，不能发布');
        }
        await app.db
          .transaction()
          .execute((trx) => changeTaskStatus(trx, actorOf(req), task.id, req.body.version, move));
        return present(task.id);
      },
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
      const task = await taskInScope(requireAuth(req.auth), req.params.id);
      const r = await app.db
        .transaction()
        .execute((trx) => addRdTaskUnits(trx, actorOf(req), task.id, req.body.version, req.body.units));
      return { ...r, task: await present(task.id) };
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
    handler: async (req) => {
      const task = await taskInScope(requireAuth(req.auth), req.params.id);
      if (task.status === 'closed') throw new AppError('CONFLICT', '填报任务已截止，不能移除单位');
      const unit = await app.db
        .selectFrom('rd_task_unit')
        .selectAll()
        .where('id', '=', req.params.unitId)
        .where('task_id', '=', task.id)
        .executeTakeFirst();
      if (!unit) throw notFound('任务中的填报单位');
      if (unit.status !== 'not_filled') throw new AppError('CONFLICT', '该单位已开始填报，不能移除');
      if (unit.version !== req.query.version) {
        throw new AppError('VERSION_CONFLICT', '填报单位已被他人修改，请刷新后重试（您的修改未保存）');
      }
      await app.db.transaction().execute(async (trx) => {
        await trx.deleteFrom('rd_task_unit').where('id', '=', unit.id).where('version', '=', unit.version).execute();
        await writeAudit(trx, actorOf(req), {
          action: 'rd.task.remove-unit',
          objectType: 'rd_task',
          objectId: task.id,
          regionCode: unit.region_code,
          before: unit,
        });
      });
      return present(task.id);
    },
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
    handler: async (req) => {
      const task = await taskInScope(requireAuth(req.auth), req.params.id);
      await app.db
        .transaction()
        .execute((trx) => publishTask(trx, actorOf(req), task.id, req.body.version, req.body.published));
      return present(task.id);
    },
  });
}

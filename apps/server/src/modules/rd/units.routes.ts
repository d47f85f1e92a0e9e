import { z } from 'zod';
import {
  ZIdParam,
  ZRdForm,
  ZRdFormSave,
  ZRdMyReport,
  ZRdReturnBody,
  ZRdUnitQuery,
  ZRdUnitRow,
  ZRdVersionBody,
  parseRdPeriod,
  zPage,
} from '@kechuang/domain';
import { forbidden, notFound } from '../../platform/errors';
import { actorOf, requireAuth, type App, type AuthContext } from '../../platform/http/types';
import { assertTaskInScope, assertUnitReadable, assertUnitWritable, rdRegionScope, rdScope } from './rd.policy';
import { storedFindings } from './rd-findings';
import { presentForm, presentUnitRow } from './rd-form.presenter';
import { findTask } from './rd-task.repository';
import { findUnit, listUnits, loadProjects } from './rd-unit.repository';
import { reviewRdForm } from './review-rd-form';
import { saveRdForm } from './save-rd-form';
import { submitRdForm } from './submit-rd-form';

const tags = ['研发经费·单位填报'];

/** A unit's form: read, save, submit (unit or staff on its behalf), and staff review (通过 / 退回). */
export async function rdUnitRoutes(app: App): Promise<void> {
  const readable = async (auth: AuthContext, id: number) => {
    const scope = rdScope(auth);
    const unit = await findUnit(app.db, id);
    // Enterprise users do not see tasks that have not been opened yet.
    if (!unit || (scope.kind === 'own' && unit.task_status === 'draft')) throw notFound('填报单位');
    assertUnitReadable(scope, unit);
    return unit;
  };
  const fillable = async (auth: AuthContext, id: number) => {
    if (!auth.permissions.has('rd:task:manage') && !auth.permissions.has('rd:report:self')) throw forbidden();
    const unit = await readable(auth, id);
    return { unit, ...assertUnitWritable(auth, unit) };
  };
  const present = async (id: number) => {
    const unit = (await findUnit(app.db, id))!;
    const projects = await loadProjects(app.db, id);
    return presentForm(unit, projects, await storedFindings(app.db, unit, projects));
  };

  app.get('/rd/tasks/:id/units', {
    config: { access: 'signed-in' },
    schema: {
      tags,
      summary: '任务的填报单位列表（状态、乡镇、名称筛选）',
      params: ZIdParam,
      querystring: ZRdUnitQuery,
      response: { 200: zPage(ZRdUnitRow) },
    },
    handler: async (req) => {
      const prefix = rdRegionScope(requireAuth(req.auth));
      const task = await findTask(app.db, req.params.id);
      if (!task) throw notFound('填报任务');
      assertTaskInScope(prefix, task);
      const { current, pageSize, ...filter } = req.query;
      const { rows, total } = await listUnits(app.db, task.id, filter, { current, pageSize });
      return { data: rows.map(presentUnitRow), total, success: true as const };
    },
  });

  app.get('/rd/my-reports', {
    config: { access: 'rd:report:self' },
    schema: { tags, summary: '本单位的研发经费填报（企业用户）', response: { 200: z.array(ZRdMyReport) } },
    handler: async (req) => {
      const auth = requireAuth(req.auth);
      if (!auth.enterpriseId) return [];
      const rows = await app.db
        .selectFrom('rd_task_unit as u')
        .innerJoin('rd_task as t', 't.id', 'u.task_id')
        .select([
          'u.id',
          'u.task_id',
          't.title',
          'u.period',
          't.due_date',
          't.status as task_status',
          'u.status',
          'u.return_reason',
          'u.version',
        ])
        .where('u.enterprise_id', '=', auth.enterpriseId)
        .where('t.status', '!=', 'draft')
        .orderBy('u.period', 'desc')
        .execute();
      return rows.map((r) => ({
        id: r.id,
        taskId: r.task_id,
        taskTitle: r.title,
        period: r.period,
        periodLabel: parseRdPeriod(r.period)?.label ?? r.period,
        dueDate: r.due_date,
        taskStatus: r.task_status,
        status: r.status as 'saved',
        returnReason: r.return_reason,
        version: r.version,
      }));
    },
  });

  app.get('/rd/units/:id', {
    config: { access: 'signed-in' },
    schema: { tags, summary: '单位填报表（含项目、预填来源与核查结果）', params: ZIdParam, response: { 200: ZRdForm } },
    handler: async (req) => {
      await readable(requireAuth(req.auth), req.params.id);
      return present(req.params.id);
    },
  });

  app.put('/rd/units/:id', {
    config: { access: 'signed-in' },
    schema: {
      tags,
      summary: '保存填报表（企业填本单位，业务人员可代填；返回核查结果；分项大于合计等输入错误拒绝保存；乐观锁）',
      params: ZIdParam,
      body: ZRdFormSave,
      response: { 200: ZRdForm },
    },
    handler: async (req) => {
      const { unit, byStaff } = await fillable(requireAuth(req.auth), req.params.id);
      await app.db
        .transaction()
        .execute((trx) => saveRdForm(trx, actorOf(req), { unitId: unit.id, byStaff, body: req.body }));
      return present(unit.id);
    },
  });

  app.post('/rd/units/:id/submit', {
    config: { access: 'signed-in' },
    schema: {
      tags,
      summary: '提交填报（有错误不能提交；提示项须填写情况说明）',
      params: ZIdParam,
      body: ZRdVersionBody,
      response: { 200: ZRdForm },
    },
    handler: async (req) => {
      const { unit, byStaff } = await fillable(requireAuth(req.auth), req.params.id);
      await app.db
        .transaction()
        .execute((trx) => submitRdForm(trx, actorOf(req), { unitId: unit.id, version: req.body.version, byStaff }));
      return present(unit.id);
    },
  });

  app.post('/rd/units/:id/approve', {
    config: { access: 'rd:task:manage' },
    schema: {
      tags,
      summary: '审核通过（通知企业用户）',
      params: ZIdParam,
      body: ZRdVersionBody,
      response: { 200: ZRdForm },
    },
    handler: async (req) => {
      const unit = await readable(requireAuth(req.auth), req.params.id);
      await app.db
        .transaction()
        .execute((trx) =>
          reviewRdForm(trx, actorOf(req), { unitId: unit.id, version: req.body.version, decision: 'approve' }),
        );
      return present(unit.id);
    },
  });

  app.post('/rd/units/:id/return', {
    config: { access: 'rd:task:manage' },
    schema: {
      tags,
      summary: '退回修改（须填写原因，通知企业用户）',
      params: ZIdParam,
      body: ZRdReturnBody,
      response: { 200: ZRdForm },
    },
    handler: async (req) => {
      const unit = await readable(requireAuth(req.auth), req.params.id);
      await app.db.transaction().execute((trx) =>
        reviewRdForm(trx, actorOf(req), {
          unitId: unit.id,
          version: req.body.version,
          decision: 'return',
          reason: req.body.reason,
        }),
      );
      return present(unit.id);
    },
  });
}

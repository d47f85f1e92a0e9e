import { z } from 'zod';
import {
  ZIdParam,
  ZRdForm,
  ZRdFormSave,
  ZRdMyOverview,
  ZRdMyReport,
  ZRdReturnBody,
  ZRdUnitQuery,
  ZRdUnitRow,
  ZRdVersionBody,
  zPage,
} from '@kechuang/domain';
import { contextOf, requireAuth, type App } from '../../platform/http/types';
import { listRdTaskUnits } from './list-rd-task-units';
import { presentForm, presentUnitRow } from './rd-form.presenter';
import { presentMyReport } from './rd.presenter';
import { listReportsOf } from './rd-unit.repository';
import { readMyOverview } from './read-my-overview';
import { readRdForm } from './read-rd-form';
import { reviewRdForm } from './review-rd-form';
import { saveRdForm } from './save-rd-form';
import { submitRdForm } from './submit-rd-form';

const tags = ['研发经费·单位填报'];

/** A unit's form: read, save, submit (unit or staff on its behalf), and staff review (通过 / 退回). */
export async function rdUnitRoutes(app: App): Promise<void> {
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
      const { rows, total } = await listRdTaskUnits(app.db, requireAuth(req.auth), req.params.id, req.query);
      return { data: rows.map(presentUnitRow), total, success: true as const };
    },
  });

  app.get('/rd/my-reports', {
    config: { access: 'rd:report:self' },
    schema: { tags, summary: '本单位的研发经费填报（企业用户）', response: { 200: z.array(ZRdMyReport) } },
    handler: async (req) => {
      const { enterpriseId } = requireAuth(req.auth);
      return enterpriseId ? (await listReportsOf(app.db, enterpriseId)).map(presentMyReport) : [];
    },
  });

  app.get('/rd/my-overview', {
    config: { access: 'rd:report:self' },
    schema: {
      tags,
      summary: '我的填报：本单位各期填报、当期填报表，及当期已发布的全县汇总（未发布时为空）',
      response: { 200: ZRdMyOverview },
    },
    handler: async (req) => readMyOverview(app.db, requireAuth(req.auth)),
  });

  app.get('/rd/units/:id', {
    config: { access: 'signed-in' },
    schema: { tags, summary: '单位填报表（含项目、预填来源与核查结果）', params: ZIdParam, response: { 200: ZRdForm } },
    handler: async (req) => presentForm(await readRdForm(app.db, requireAuth(req.auth), req.params.id)),
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
    handler: async (req) =>
      presentForm(await saveRdForm(app.db, contextOf(req), { unitId: req.params.id, body: req.body })),
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
    handler: async (req) =>
      presentForm(await submitRdForm(app.db, contextOf(req), { unitId: req.params.id, version: req.body.version })),
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
    handler: async (req) =>
      presentForm(
        await reviewRdForm(app.db, contextOf(req), {
          unitId: req.params.id,
          version: req.body.version,
          decision: 'approve',
        }),
      ),
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
    handler: async (req) =>
      presentForm(
        await reviewRdForm(app.db, contextOf(req), {
          unitId: req.params.id,
          version: req.body.version,
          decision: 'return',
          reason: req.body.reason,
        }),
      ),
  });
}

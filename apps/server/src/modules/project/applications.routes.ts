import { z } from 'zod';
import {
  ZApplication,
  ZApplicationListQuery,
  ZCreateApplicationRequest,
  ZIdParam,
  ZProjectInfoRequest,
  ZUpdateApplicationRequest,
  zPage,
} from '@kechuang/domain';
import { AppError, notFound } from '../../platform/errors';
import { actorOf, requireAuth, type App, type AuthContext } from '../../platform/http/types';
import { findApplication, listApplications } from './application.repository';
import { filesOf, findCall } from './call.repository';
import {
  applicantActor,
  assertCanReadApplication,
  assertStaffRegion,
  canSeeCall,
  projectScope,
} from './project.policy';
import { presentApplication } from './project.presenter';
import { createApplication, updateApplication, updateProjectInfo } from './save-application';

const tags = ['项目申报'];

/** Applications: list per state, detail, create (enterprise user or staff on its behalf), edit, project info. */
export async function applicationRoutes(app: App): Promise<void> {
  const readable = async (auth: AuthContext, id: number) => {
    const a = await findApplication(app.db, id);
    if (!a) throw notFound('申报书');
    await assertCanReadApplication(app.db, projectScope(auth), a);
    return a;
  };
  const detail = async (auth: AuthContext, id: number) =>
    presentApplication((await findApplication(app.db, id))!, await filesOf(app.db, 'application', [id]), auth);

  app.get('/applications', {
    config: { access: 'signed-in' },
    schema: {
      tags,
      summary:
        '申报书列表（按批次、状态（可逗号分隔多个）、类别、年度、单位、提交日期筛选；企业用户仅见本单位，专家仅见分配给自己的）',
      querystring: ZApplicationListQuery,
      response: { 200: zPage(ZApplication) },
    },
    handler: async (req) => {
      const auth = requireAuth(req.auth);
      const { current, pageSize, ...filter } = req.query;
      const { rows, total } = await listApplications(app.db, projectScope(auth), filter, { current, pageSize });
      const files = await filesOf(
        app.db,
        'application',
        rows.map((r) => r.id),
      );
      return { data: rows.map((r) => presentApplication(r, files, auth)), total, success: true as const };
    },
  });

  app.get('/applications/:id', {
    config: { access: 'signed-in' },
    schema: {
      tags,
      summary: '申报书详情（表单数据、附件、当前可执行的操作）',
      params: ZIdParam,
      response: { 200: ZApplication },
    },
    handler: async (req) => {
      const auth = requireAuth(req.auth);
      await readable(auth, req.params.id);
      return detail(auth, req.params.id);
    },
  });

  app.post('/applications', {
    config: { access: 'signed-in' },
    schema: {
      tags,
      summary: '新建申报书（草稿）：企业用户为本单位申报，业务人员可代辖区内单位填报（留痕）',
      body: ZCreateApplicationRequest,
      response: { 200: ZApplication },
    },
    handler: async (req) => {
      const auth = requireAuth(req.auth);
      const enterpriseId = req.body.enterpriseId ?? auth.enterpriseId;
      if (!enterpriseId) {
        throw new AppError('VALIDATION_FAILED', '请选择申报单位', [
          { field: 'enterpriseId', message: '请选择申报单位' },
        ]);
      }
      const enterprise = await app.db
        .selectFrom('enterprise')
        .select(['id', 'name', 'region_code'])
        .where('id', '=', enterpriseId)
        .executeTakeFirst();
      if (!enterprise) throw notFound('申报单位');
      const { onBehalf } = applicantActor(auth, { enterprise_id: enterprise.id, region_code: enterprise.region_code });
      const call = await findCall(app.db, req.body.callId);
      if (!call || !canSeeCall(auth, call)) throw notFound('项目批次');
      const id = await app.db.transaction().execute((trx) =>
        createApplication(trx, actorOf(req), {
          call,
          enterprise,
          title: req.body.title,
          requestedAmount: req.body.requestedAmount,
          data: req.body.data,
          onBehalf,
        }),
      );
      return detail(auth, id);
    },
  });

  app.put('/applications/:id', {
    config: { access: 'signed-in' },
    schema: {
      tags,
      summary: '修改申报书（仅草稿或退回修改状态；乐观锁，他人已修改时返回 409）',
      params: ZIdParam,
      body: ZUpdateApplicationRequest,
      response: { 200: ZApplication },
    },
    handler: async (req) => {
      const auth = requireAuth(req.auth);
      const a = await readable(auth, req.params.id);
      const { onBehalf } = applicantActor(auth, a);
      await app.db.transaction().execute((trx) => updateApplication(trx, actorOf(req), a, req.body, onBehalf));
      return detail(auth, a.id);
    },
  });

  app.put('/applications/:id/project-info', {
    config: { access: 'project:write' },
    schema: {
      tags,
      summary: '登记立项信息（项目编号、批准金额、实施期、中期检查日期）',
      params: ZIdParam,
      body: ZProjectInfoRequest,
      response: { 200: ZApplication },
    },
    handler: async (req) => {
      const auth = requireAuth(req.auth);
      const a = await readable(auth, req.params.id);
      assertStaffRegion(auth, a.region_code);
      if (['draft', 'submitted', 'county_review', 'returned'].includes(a.state)) {
        throw new AppError('CONFLICT', '推荐上报之后才能登记立项信息');
      }
      await app.db.transaction().execute((trx) => updateProjectInfo(trx, actorOf(req), a.id, req.body));
      return detail(auth, a.id);
    },
  });

  app.get('/applications/:id/form', {
    config: { access: 'signed-in' },
    schema: {
      tags,
      summary: '申报书对应批次的表单定义（分步表单据此渲染）',
      params: ZIdParam,
      response: { 200: z.object({ callId: z.number().int(), form: z.array(z.record(z.string(), z.unknown())) }) },
    },
    handler: async (req) => {
      const a = await readable(requireAuth(req.auth), req.params.id);
      return { callId: a.call_id, form: (a.form ?? []) as Record<string, unknown>[] };
    },
  });
}

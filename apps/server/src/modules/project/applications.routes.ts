import {
  ZApplication,
  ZApplicationForm,
  ZApplicationListQuery,
  ZCreateApplicationRequest,
  ZIdParam,
  ZProjectInfoRequest,
  ZUpdateApplicationRequest,
  zPage,
  type TFormField,
} from '@kechuang/domain';
import { contextOf, requireAuth, type App, type AuthContext } from '../../platform/http/types';
import { applicationWithFiles, listApplications } from './application.repository';
import { filesOf } from './call.repository';
import { createApplication } from './create-application';
import { applicationScope } from './project.policy';
import { presentApplication } from './project.presenter';
import { readApplication } from './read-application';
import { updateApplication } from './update-application';
import { updateProjectInfo } from './update-project-info';

const tags = ['项目申报'];

/** Applications: list per state, detail, create (enterprise user or staff on its behalf), edit, project info. */
export async function applicationRoutes(app: App): Promise<void> {
  /** The application as it now stands, after a use case has checked the user's access and changed it. */
  const detail = async (auth: AuthContext, id: number) => {
    const { application, files } = (await applicationWithFiles(app.db, id))!;
    return presentApplication(application, files, auth);
  };

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
      const { rows, total } = await listApplications(app.db, applicationScope(auth), filter, { current, pageSize });
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
      const a = await readApplication(app.db, auth, req.params.id);
      return presentApplication(a, await filesOf(app.db, 'application', [a.id]), auth);
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
    handler: async (req) => detail(requireAuth(req.auth), await createApplication(app.db, contextOf(req), req.body)),
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
      await updateApplication(app.db, contextOf(req), { id: req.params.id, ...req.body });
      return detail(requireAuth(req.auth), req.params.id);
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
      await updateProjectInfo(app.db, contextOf(req), { id: req.params.id, ...req.body });
      return detail(requireAuth(req.auth), req.params.id);
    },
  });

  app.get('/applications/:id/form', {
    config: { access: 'signed-in' },
    schema: {
      tags,
      summary: '申报书对应批次的表单定义（分步表单据此渲染）',
      params: ZIdParam,
      response: { 200: ZApplicationForm },
    },
    handler: async (req) => {
      const a = await readApplication(app.db, requireAuth(req.auth), req.params.id);
      return { callId: a.call_id, form: (a.form ?? []) as TFormField[] };
    },
  });
}

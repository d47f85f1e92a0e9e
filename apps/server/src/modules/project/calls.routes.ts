import { z } from 'zod';
import { ZCall, ZCallInput, ZCallListQuery, ZIdParam, ZUpdateCallRequest, zPage } from '@kechuang/domain';
import { contextOf, requireAuth, type App } from '../../platform/http/types';
import { filesOf, findCall, listCalls } from './call.repository';
import { createCall } from './create-call';
import { callScope } from './project.policy';
import { presentCall } from './project.presenter';
import { publishCall } from './publish-call';
import { readCall } from './read-call';
import { updateCall } from './update-call';

const tags = ['项目批次'];

/** Calls (批次): list, detail, create, edit, publish. */
export async function callRoutes(app: App): Promise<void> {
  /** The call as it now stands, after a use case has checked the user's access and changed it. */
  const detail = async (id: number) => {
    const c = (await findCall(app.db, id))!;
    return presentCall(c, await filesOf(app.db, 'call', [id]));
  };

  app.get('/calls', {
    config: { access: 'signed-in' },
    schema: {
      tags,
      summary: '项目批次列表（类别、级别、年度、状态、受理阶段筛选；企业用户仅见已发布批次）',
      querystring: ZCallListQuery,
      response: { 200: zPage(ZCall) },
    },
    handler: async (req) => {
      const scope = callScope(requireAuth(req.auth));
      const { current, pageSize, ...filter } = req.query;
      const { rows, total } = await listCalls(app.db, scope, filter, { current, pageSize });
      const files = await filesOf(
        app.db,
        'call',
        rows.map((r) => r.id),
      );
      return {
        data: rows.map((r) =>
          presentCall(
            r,
            files.filter((f) => f.owner_id === r.id),
          ),
        ),
        total,
        success: true as const,
      };
    },
  });

  app.get('/calls/:id', {
    config: { access: 'signed-in' },
    schema: {
      tags,
      summary: '项目批次详情（申报指南、申报表单、评审指标、附件）',
      params: ZIdParam,
      response: { 200: ZCall },
    },
    handler: async (req) => {
      const c = await readCall(app.db, requireAuth(req.auth), req.params.id);
      return presentCall(c, await filesOf(app.db, 'call', [c.id]));
    },
  });

  app.post('/calls', {
    config: { access: 'project:write' },
    schema: {
      tags,
      summary: '新建项目批次（草稿）：类别、级别、年度、起止时间、指南、申报表单、评审指标与规则',
      body: ZCallInput,
      response: { 200: ZCall },
    },
    handler: async (req) => detail(await createCall(app.db, contextOf(req), req.body)),
  });

  app.put('/calls/:id', {
    config: { access: 'project:write' },
    schema: {
      tags,
      summary: '修改项目批次（乐观锁；已有专家评分后不能改评审规则）',
      params: ZIdParam,
      body: ZUpdateCallRequest,
      response: { 200: ZCall },
    },
    handler: async (req) => {
      await updateCall(app.db, contextOf(req), { id: req.params.id, ...req.body });
      return detail(req.params.id);
    },
  });

  app.post('/calls/:id/publish', {
    config: { access: 'project:write' },
    schema: {
      tags,
      summary: '发布项目批次（企业可见，受理期内可申报）',
      params: ZIdParam,
      body: z.object({ version: z.number().int().min(1) }),
      response: { 200: ZCall },
    },
    handler: async (req) => {
      await publishCall(app.db, contextOf(req), { id: req.params.id, ...req.body });
      return detail(req.params.id);
    },
  });
}

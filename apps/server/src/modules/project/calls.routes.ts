import { z } from 'zod';
import { ZCall, ZCallInput, ZCallListQuery, ZIdParam, ZUpdateCallRequest, zPage } from '@kechuang/domain';
import { AppError, forbidden, notFound } from '../../platform/errors';
import { actorOf, requireAuth, type App, type AuthContext } from '../../platform/http/types';
import { filesOf, findCall, listCalls } from './call.repository';
import { assertStaffRegion, canSeeCall } from './project.policy';
import { presentCall } from './project.presenter';
import { createCall, publishCall, updateCall } from './save-call';

const tags = ['项目批次'];

/** Calls (批次): list, detail, create, edit, publish. */
export async function callRoutes(app: App): Promise<void> {
  const visible = async (auth: AuthContext, id: number) => {
    const c = await findCall(app.db, id);
    if (!c || !canSeeCall(auth, c)) {
      if (c && auth.permissions.has('project:read')) throw new AppError('OUT_OF_SCOPE', '该批次不在您的管辖范围内');
      throw notFound('项目批次');
    }
    return c;
  };
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
      const auth = requireAuth(req.auth);
      if (!auth.permissions.has('project:read') && !auth.permissions.has('project:apply')) throw forbidden();
      const { current, pageSize, ...filter } = req.query;
      const { rows, total } = await listCalls(app.db, auth.scopePrefix, !auth.permissions.has('project:read'), filter, {
        current,
        pageSize,
      });
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
      await visible(requireAuth(req.auth), req.params.id);
      return detail(req.params.id);
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
    handler: async (req) => {
      const auth = requireAuth(req.auth);
      const region = auth.regionCode.slice(0, 6);
      assertStaffRegion(auth, region);
      const id = await app.db.transaction().execute((trx) => createCall(trx, actorOf(req), region, req.body));
      return detail(id);
    },
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
      const auth = requireAuth(req.auth);
      const c = await visible(auth, req.params.id);
      assertStaffRegion(auth, c.region_code);
      const { version, ...patch } = req.body;
      await app.db.transaction().execute((trx) => updateCall(trx, actorOf(req), c.id, version, patch));
      return detail(c.id);
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
      const auth = requireAuth(req.auth);
      const c = await visible(auth, req.params.id);
      assertStaffRegion(auth, c.region_code);
      await app.db.transaction().execute((trx) => publishCall(trx, actorOf(req), c.id, req.body.version));
      return detail(c.id);
    },
  });
}

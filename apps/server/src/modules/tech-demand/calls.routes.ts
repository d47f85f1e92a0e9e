import {
  ZIdParam,
  ZTechDemandCall,
  ZTechDemandCallInput,
  ZTechDemandCallListQuery,
  chinaToday,
  zPage,
} from '@kechuang/domain';
import { z } from 'zod';
import { contextOf, requireAuth, type App } from '../../platform/http/types';
import { listCalls, openCallsOf } from './call.repository';
import { createCall } from './create-call';
import { readCall } from './read-call';
import { startCallReview } from './start-call-review';
import { callScope } from './tech-demand.policy';
import { presentCall } from './tech-demand.presenter';

const tags = ['揭榜挂帅·榜单批次'];

/** Calls (榜单批次, docs/rules.md §5.2): staff open them and start their 论证; enterprises see the open ones. */
export async function techDemandCallRoutes(app: App): Promise<void> {
  app.get('/tech-demand/calls', {
    config: { access: 'tech-demand:read' },
    schema: {
      tags,
      summary: '榜单批次列表',
      querystring: ZTechDemandCallListQuery,
      response: { 200: zPage(ZTechDemandCall) },
    },
    handler: async (req) => {
      const { current, pageSize, ...filter } = req.query;
      const { rows, total } = await listCalls(app.db, callScope(requireAuth(req.auth)), filter, { current, pageSize });
      return { data: rows.map(presentCall), total, success: true as const };
    },
  });

  app.get('/tech-demand/calls/open', {
    config: { access: 'signed-in' },
    schema: { tags, summary: '正在征集需求的榜单批次（本县）', response: { 200: z.array(ZTechDemandCall) } },
    handler: async (req) => {
      const auth = requireAuth(req.auth);
      return (await openCallsOf(app.db, auth.scopePrefix, chinaToday())).map(presentCall);
    },
  });

  app.get('/tech-demand/calls/:id', {
    config: { access: 'tech-demand:read' },
    schema: { tags, summary: '榜单批次详情', params: ZIdParam, response: { 200: ZTechDemandCall } },
    handler: async (req) => presentCall(await readCall(app.db, requireAuth(req.auth), req.params.id)),
  });

  app.post('/tech-demand/calls', {
    config: { access: 'tech-demand:write' },
    schema: {
      tags,
      summary: '新建榜单批次（征集需求，留痕）',
      body: ZTechDemandCallInput,
      response: { 200: ZTechDemandCall },
    },
    handler: async (req) => presentCall(await createCall(app.db, contextOf(req), req.body)),
  });

  app.post('/tech-demand/calls/:id/start-review', {
    config: { access: 'tech-demand:write' },
    schema: {
      tags,
      summary: '结束征集，批次内已提交的需求进入论证（留痕）',
      params: ZIdParam,
      body: z.object({ version: z.number().int().min(1) }),
      response: { 200: ZTechDemandCall },
    },
    handler: async (req) =>
      presentCall(await startCallReview(app.db, contextOf(req), { id: req.params.id, version: req.body.version })),
  });
}

import {
  NEED_STATES,
  ZAssignNeed,
  ZCloseNeed,
  ZCompleteNeed,
  ZIdParam,
  ZNeed,
  ZNeedCandidate,
  ZNeedInput,
  ZNeedListQuery,
  zPage,
} from '@kechuang/domain';
import { z } from 'zod';
import { contextOf, requireAuth, type App } from '../../../platform/http/types';
import { assignNeed } from './assign-need';
import { closeNeed } from './close-need';
import { completeNeed } from './complete-need';
import { needScope } from './matching.policy';
import { presentCandidate, presentNeed } from './matching.presenter';
import { listNeeds } from './need.repository';
import { postNeed } from './post-need';
import { proposeCommissioners, readNeed } from './read-need';

const tags = ['科技特派员·需求对接'];
const ZNeedDetail = ZNeed.extend({
  history: z.array(
    z.object({
      fromState: z.enum(NEED_STATES).nullable(),
      toState: z.enum(NEED_STATES),
      note: z.string().nullable(),
      actorName: z.string().nullable(),
      at: z.string(),
    }),
  ),
});

/**
 * Technology needs and their match (docs/rules.md §5.1.2). Staff, enterprises and commissioners share the routes;
 * the policy gives each their rows (region, own, assigned) and their moves.
 */
export async function commissionerMatchingRoutes(app: App): Promise<void> {
  app.get('/commissioner/needs', {
    config: { access: 'signed-in' },
    schema: {
      tags,
      summary: '技术需求列表（按角色：辖区、本单位、指派给本人）',
      querystring: ZNeedListQuery,
      response: { 200: zPage(ZNeed) },
    },
    handler: async (req) => {
      const { current, pageSize, ...filter } = req.query;
      const scope = needScope(requireAuth(req.auth));
      const { rows, total } = await listNeeds(app.db, scope, filter, { current, pageSize });
      return { data: rows.map((r) => presentNeed(r, scope)), total, success: true as const };
    },
  });

  app.get('/commissioner/needs/:id', {
    config: { access: 'signed-in' },
    schema: { tags, summary: '技术需求详情（含办理记录）', params: ZIdParam, response: { 200: ZNeedDetail } },
    handler: async (req) => {
      const { row, scope, history } = await readNeed(app.db, requireAuth(req.auth), req.params.id);
      return {
        ...presentNeed(row, scope),
        history: history.map((h) => ({
          fromState: h.from_state as (typeof NEED_STATES)[number] | null,
          toState: h.to_state as (typeof NEED_STATES)[number],
          note: h.note,
          actorName: h.actor_name,
          at: h.at.toISOString(),
        })),
      };
    },
  });

  app.post('/commissioner/needs', {
    config: { access: 'signed-in' },
    schema: {
      tags,
      summary: '发布技术需求（企业本单位，或业务人员代企业；留痕）',
      body: ZNeedInput,
      response: { 200: ZNeed },
    },
    handler: async (req) => {
      const ctx = contextOf(req);
      return presentNeed(await postNeed(app.db, ctx, req.body), needScope(ctx.auth));
    },
  });

  app.get('/commissioner/needs/:id/proposals', {
    config: { access: 'commissioner:match' },
    schema: {
      tags,
      summary: '推荐科技特派员（同县优先、再同市；按领域、专长、在办量排序并说明理由）',
      params: ZIdParam,
      response: { 200: z.object({ data: z.array(ZNeedCandidate) }) },
    },
    handler: async (req) => ({
      data: (await proposeCommissioners(app.db, requireAuth(req.auth), req.params.id)).map(presentCandidate),
    }),
  });

  app.post('/commissioner/needs/:id/assign', {
    config: { access: 'commissioner:match' },
    schema: {
      tags,
      summary: '指派科技特派员（留痕，通知特派员）',
      params: ZIdParam,
      body: ZAssignNeed,
      response: { 200: ZNeed },
    },
    handler: async (req) => {
      const ctx = contextOf(req);
      return presentNeed(await assignNeed(app.db, ctx, req.params.id, req.body), needScope(ctx.auth));
    },
  });

  app.post('/commissioner/needs/:id/complete', {
    config: { access: 'signed-in' },
    schema: {
      tags,
      summary: '办结对接需求（科技特派员本人或业务人员；留痕）',
      params: ZIdParam,
      body: ZCompleteNeed,
      response: { 200: ZNeed },
    },
    handler: async (req) => {
      const ctx = contextOf(req);
      return presentNeed(await completeNeed(app.db, ctx, req.params.id, req.body), needScope(ctx.auth));
    },
  });

  app.post('/commissioner/needs/:id/close', {
    config: { access: 'signed-in' },
    schema: {
      tags,
      summary: '关闭或撤回技术需求（企业本单位或业务人员；留痕）',
      params: ZIdParam,
      body: ZCloseNeed,
      response: { 200: ZNeed },
    },
    handler: async (req) => {
      const ctx = contextOf(req);
      return presentNeed(await closeNeed(app.db, ctx, req.params.id, req.body), needScope(ctx.auth));
    },
  });
}

import {
  ZIdParam,
  ZTechDemand,
  ZTechDemandDetail,
  ZTechDemandInput,
  ZTechDemandListQuery,
  ZTechDemandMoveRequest,
  ZUpdateTechDemandRequest,
  zPage,
} from '@kechuang/domain';
import { contextOf, requireAuth, type App } from '../../platform/http/types';
import { moveDemand } from './move-demand';
import { postDemand } from './post-demand';
import { readDemand } from './read-demand';
import { techDemandScope } from './tech-demand.policy';
import { presentDemand, presentDemandDetail } from './tech-demand.presenter';
import { demandHistory, listDemands } from './tech-demand.repository';
import { updateDemand } from './update-demand';

const tags = ['揭榜挂帅'];

/**
 * The demand pool (docs/rules.md §5.2). Staff, leaders, enterprises and experts share the routes; the policy gives
 * each their rows (region, own, assigned) and their moves.
 */
export async function techDemandRoutes(app: App): Promise<void> {
  app.get('/tech-demand/demands', {
    config: { access: 'signed-in' },
    schema: {
      tags,
      summary: '技术需求列表（按角色：辖区、本单位、指派给本人论证）',
      querystring: ZTechDemandListQuery,
      response: { 200: zPage(ZTechDemand) },
    },
    handler: async (req) => {
      const { current, pageSize, ...filter } = req.query;
      const scope = techDemandScope(requireAuth(req.auth));
      const { rows, total } = await listDemands(app.db, scope, filter, { current, pageSize });
      return { data: rows.map((r) => presentDemand(r, scope)), total, success: true as const };
    },
  });

  app.get('/tech-demand/demands/:id', {
    config: { access: 'signed-in' },
    schema: { tags, summary: '技术需求详情（含状态记录）', params: ZIdParam, response: { 200: ZTechDemandDetail } },
    handler: async (req) => {
      const { row, scope } = await readDemand(app.db, requireAuth(req.auth), req.params.id);
      return presentDemandDetail(row, await demandHistory(app.db, row.id), scope);
    },
  });

  app.post('/tech-demand/demands', {
    config: { access: 'signed-in' },
    schema: { tags, summary: '填报技术需求（草稿，留痕）', body: ZTechDemandInput, response: { 200: ZTechDemand } },
    handler: async (req) => presentDemand(await postDemand(app.db, contextOf(req), req.body)),
  });

  app.put('/tech-demand/demands/:id', {
    config: { access: 'signed-in' },
    schema: {
      tags,
      summary: '修改技术需求（草稿或退回修改，乐观锁，留痕）',
      params: ZIdParam,
      body: ZUpdateTechDemandRequest,
      response: { 200: ZTechDemand },
    },
    handler: async (req) => {
      const { version, ...patch } = req.body;
      return presentDemand(await updateDemand(app.db, contextOf(req), { id: req.params.id, version, patch }));
    },
  });

  app.post('/tech-demand/demands/:id/transition', {
    config: { access: 'signed-in' },
    schema: {
      tags,
      summary: '技术需求状态变更（提交、退回修改、开始论证、发榜、终止；论证排名、揭榜、签约、验收另有办理入口）',
      params: ZIdParam,
      body: ZTechDemandMoveRequest,
      response: { 200: ZTechDemand },
    },
    handler: async (req) => presentDemand(await moveDemand(app.db, contextOf(req), req.params.id, req.body)),
  });
}

import {
  ZCompetition,
  ZCompetitionInput,
  ZCompetitionListQuery,
  ZIdParam,
  ZUpdateCompetitionRequest,
  zPage,
} from '@kechuang/domain';
import { contextOf, requireAuth, type App } from '../../platform/http/types';
import { awardScope } from './award.policy';
import { presentCompetition } from './award.presenter';
import { listCompetitions } from './competition.repository';
import { createCompetition } from './create-competition';
import { readCompetition } from './read-award-rows';
import { updateCompetition } from './update-competition';

const tags = ['奖励与赛事'];

/** Competitions (edition, division): list with filters and paging, detail, create, edit. */
export async function competitionRoutes(app: App): Promise<void> {
  app.get('/award/competitions', {
    config: { access: 'award:read' },
    schema: {
      tags,
      summary: '大赛列表（关键字、年度、级别、记录编号筛选，分页）',
      querystring: ZCompetitionListQuery,
      response: { 200: zPage(ZCompetition) },
    },
    handler: async (req) => {
      const { current, pageSize, ...filter } = req.query;
      const scope = awardScope(requireAuth(req.auth));
      const { rows, total } = await listCompetitions(app.db, scope, filter, { current, pageSize });
      return { data: rows.map(presentCompetition), total, success: true as const };
    },
  });

  app.get('/award/competitions/:id', {
    config: { access: 'award:read' },
    schema: { tags, summary: '大赛详情', params: ZIdParam, response: { 200: ZCompetition } },
    handler: async (req) => presentCompetition(await readCompetition(app.db, requireAuth(req.auth), req.params.id)),
  });

  app.post('/award/competitions', {
    config: { access: 'award:write' },
    schema: { tags, summary: '登记大赛（留痕）', body: ZCompetitionInput, response: { 200: ZCompetition } },
    handler: async (req) => presentCompetition(await createCompetition(app.db, contextOf(req), req.body)),
  });

  app.put('/award/competitions/:id', {
    config: { access: 'award:write' },
    schema: {
      tags,
      summary: '修改大赛（乐观锁，留痕）',
      params: ZIdParam,
      body: ZUpdateCompetitionRequest,
      response: { 200: ZCompetition },
    },
    handler: async (req) => {
      const { version, ...patch } = req.body;
      return presentCompetition(await updateCompetition(app.db, contextOf(req), { id: req.params.id, version, patch }));
    },
  });
}

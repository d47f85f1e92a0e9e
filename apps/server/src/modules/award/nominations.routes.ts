import { z } from 'zod';
import {
  ZAwardHistoryEntry,
  ZAwardNomination,
  ZAwardNominationInput,
  ZAwardNominationListQuery,
  ZAwardResultRequest,
  ZIdParam,
  ZUpdateAwardNominationRequest,
  zPage,
} from '@kechuang/domain';
import { contextOf, requireAuth, type App } from '../../platform/http/types';
import { awardScope } from './award.policy';
import { presentHistory, presentNomination } from './award.presenter';
import { createNomination } from './create-nomination';
import { listNominations } from './nomination.repository';
import { readAwardHistory } from './read-award-history';
import { readNomination } from './read-award-rows';
import { recordNominationResult } from './record-nomination-result';
import { updateNomination } from './update-nomination';

const tags = ['奖励与赛事'];

/** Nominations: list (an enterprise user sees its own), detail, history, create, edit, result. */
export async function nominationRoutes(app: App): Promise<void> {
  app.get('/award/nominations', {
    config: { access: 'signed-in' },
    schema: {
      tags,
      summary: '推荐与获奖列表（评选、年度、级别、类别、状态、类型、记录编号筛选；企业用户仅见本单位）',
      querystring: ZAwardNominationListQuery,
      response: { 200: zPage(ZAwardNomination) },
    },
    handler: async (req) => {
      const { current, pageSize, ...filter } = req.query;
      const scope = awardScope(requireAuth(req.auth));
      const { rows, total } = await listNominations(app.db, scope, filter, { current, pageSize });
      return { data: rows.map(presentNomination), total, success: true as const };
    },
  });

  app.get('/award/nominations/:id', {
    config: { access: 'signed-in' },
    schema: { tags, summary: '获奖推荐详情', params: ZIdParam, response: { 200: ZAwardNomination } },
    handler: async (req) => presentNomination(await readNomination(app.db, requireAuth(req.auth), req.params.id)),
  });

  app.get('/award/nominations/:id/history', {
    config: { access: 'signed-in' },
    schema: { tags, summary: '获奖推荐的状态记录', params: ZIdParam, response: { 200: z.array(ZAwardHistoryEntry) } },
    handler: async (req) =>
      (await readAwardHistory(app.db, requireAuth(req.auth), 'nomination', req.params.id)).map(presentHistory),
  });

  app.post('/award/nominations', {
    config: { access: 'award:write' },
    schema: { tags, summary: '登记推荐（留痕）', body: ZAwardNominationInput, response: { 200: ZAwardNomination } },
    handler: async (req) => presentNomination(await createNomination(app.db, contextOf(req), req.body)),
  });

  app.put('/award/nominations/:id', {
    config: { access: 'award:write' },
    schema: {
      tags,
      summary: '修改推荐信息（乐观锁，留痕）',
      params: ZIdParam,
      body: ZUpdateAwardNominationRequest,
      response: { 200: ZAwardNomination },
    },
    handler: async (req) => presentNomination(await updateNomination(app.db, contextOf(req), req.params.id, req.body)),
  });

  app.post('/award/nominations/:id/result', {
    config: { access: 'award:write' },
    schema: {
      tags,
      summary: '登记评选结果：获奖（等级、名次）或未获奖（留痕）',
      params: ZIdParam,
      body: ZAwardResultRequest,
      response: { 200: ZAwardNomination },
    },
    handler: async (req) =>
      presentNomination(await recordNominationResult(app.db, contextOf(req), req.params.id, req.body)),
  });
}

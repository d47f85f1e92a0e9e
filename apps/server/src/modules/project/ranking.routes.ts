import { ZIdParam, ZRanking } from '@kechuang/domain';
import { contextOf, requireAuth, type App } from '../../platform/http/types';
import { confirmRanking } from './confirm-ranking';
import { readRanking } from './read-ranking';

const tags = ['专家评审'];

/** The ranked list of a call, and the leader's confirmation that freezes it. */
export async function rankingRoutes(app: App): Promise<void> {
  app.get('/calls/:id/ranking', {
    config: { access: 'project:read' },
    schema: {
      tags,
      summary: '评审排名（按批次的异常分规则汇总各专家加权分，精确小数；已确认的返回确认时的结果）',
      params: ZIdParam,
      response: { 200: ZRanking },
    },
    handler: async (req) => readRanking(app.db, requireAuth(req.auth), req.params.id),
  });

  app.post('/calls/:id/ranking/confirm', {
    config: { access: 'project:confirm' },
    schema: {
      tags,
      summary: '局领导确认评审排名（记录确认人和时间，确认后评分冻结）',
      params: ZIdParam,
      response: { 200: ZRanking },
    },
    handler: async (req) => confirmRanking(app.db, contextOf(req), req.params.id),
  });
}

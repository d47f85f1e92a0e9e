import { chinaToday, ZIdParam, ZRanking } from '@kechuang/domain';
import { sql } from 'kysely';
import { writeAudit } from '../../platform/audit/audit.writer';
import { inScope } from '../../platform/auth/region-scope';
import { AppError, notFound, outOfScope } from '../../platform/errors';
import { actorOf, requireAuth, type App, type AuthContext } from '../../platform/http/types';
import { findCall } from './call.repository';
import { computeRanking, type Ranking } from './compute-ranking';

const tags = ['专家评审'];

/** The ranked list of a call, and the leader's confirmation that freezes it. */
export async function rankingRoutes(app: App): Promise<void> {
  const inRegion = async (auth: AuthContext, id: number) => {
    const c = await findCall(app.db, id);
    if (!c) throw notFound('项目批次');
    if (!inScope(auth.scopePrefix, c.region_code)) throw outOfScope();
    return c;
  };

  app.get('/calls/:id/ranking', {
    config: { access: 'project:read' },
    schema: {
      tags,
      summary: '评审排名（按批次的异常分规则汇总各专家加权分，精确小数；已确认的返回确认时的结果）',
      params: ZIdParam,
      response: { 200: ZRanking },
    },
    handler: async (req) => {
      const c = await inRegion(requireAuth(req.auth), req.params.id);
      if (c.ranking_confirmed_at && c.ranking_snapshot) return c.ranking_snapshot as Ranking;
      return computeRanking(app.db, c);
    },
  });

  app.post('/calls/:id/ranking/confirm', {
    config: { access: 'project:confirm' },
    schema: {
      tags,
      summary: '局领导确认评审排名（记录确认人和时间，确认后评分冻结）',
      params: ZIdParam,
      response: { 200: ZRanking },
    },
    handler: async (req) => {
      const auth = requireAuth(req.auth);
      const c = await inRegion(auth, req.params.id);
      if (c.ranking_confirmed_at) {
        throw new AppError('CONFLICT', `批次“${c.title}”的评审排名已于 ${chinaToday(c.ranking_confirmed_at)} 确认`);
      }
      const ranking = await computeRanking(app.db, c);
      if (ranking.items.length === 0) throw new AppError('CONFLICT', `批次“${c.title}”尚无专家评审结果，不能确认`);
      const pending = ranking.items.filter((i) => !i.complete);
      if (pending.length) {
        throw new AppError(
          'CONFLICT',
          `以下申报书评审未完成，不能确认：${pending.map((i) => `“${i.title}”`).join('、')}`,
          pending.map((i) => ({ applicationId: i.applicationId, message: i.note })),
        );
      }
      const at = new Date();
      const snapshot: Ranking = { ...ranking, confirmed: { by: auth.displayName, at: at.toISOString() } };
      await app.db.transaction().execute(async (trx) => {
        const res = await trx
          .updateTable('project_call')
          .set({
            ranking_confirmed_at: at,
            ranking_confirmed_by: auth.userId,
            ranking_snapshot: JSON.stringify(snapshot),
            version: sql`version + 1`,
            updated_at: at,
            updated_by: auth.userId,
          })
          .where('id', '=', c.id)
          .where('ranking_confirmed_at', 'is', null)
          .executeTakeFirst();
        if (Number(res.numUpdatedRows) === 0) throw new AppError('CONFLICT', '评审排名已被他人确认');
        await writeAudit(trx, actorOf(req), {
          action: 'project.ranking.confirm',
          objectType: 'project_call',
          objectId: c.id,
          regionCode: c.region_code,
          after: snapshot,
        });
      });
      return snapshot;
    },
  });
}

import { ZAchievementDetail, ZAchievementMoveRequest, ZAchievementRegisterRequest, ZIdParam } from '@kechuang/domain';
import { contextOf, requireAuth, type App } from '../../platform/http/types';
import { acceptAchievement } from './accept-achievement';
import { presentAchievementDetail } from './achievement.presenter';
import { readAchievementDetail } from './read-achievement-detail';
import { recommendAchievement } from './recommend-achievement';
import { registerAchievement } from './register-achievement';
import { returnAchievement } from './return-achievement';
import { revokeAchievement } from './revoke-achievement';
import { submitAchievement } from './submit-achievement';

const tags = ['科技成果登记'];

/** The moves of a registration, one route each (docs/rules.md §5.3); each answers the registration as it now is. */
export async function achievementMoveRoutes(app: App): Promise<void> {
  const moves = [
    ['submit', '提交登记（企业或业务人员代办；须上传该类别要求的证明材料）', submitAchievement],
    ['accept', '受理审核（业务人员）', acceptAchievement],
    ['return', '退回修改（业务人员，须填写原因）', returnAchievement],
    ['recommend', '审核推荐（业务人员）', recommendAchievement],
    ['revoke', '撤销登记（业务人员，须填写原因）', revokeAchievement],
  ] as const;
  for (const [move, summary, run] of moves) {
    app.post(`/achievement/records/:id/${move}`, {
      config: { access: 'signed-in' },
      schema: { tags, summary, params: ZIdParam, body: ZAchievementMoveRequest, response: { 200: ZAchievementDetail } },
      handler: async (req) => {
        await run(app.db, contextOf(req), { id: req.params.id, ...req.body });
        const d = await readAchievementDetail(app.db, requireAuth(req.auth), req.params.id);
        return presentAchievementDetail(d.row, d.files, d.history);
      },
    });
  }

  app.post('/achievement/records/:id/register', {
    config: { access: 'achievement:write' },
    schema: {
      tags,
      summary: '登记（业务人员填写批准登记号与登记日期；登记号格式与唯一性校验）',
      params: ZIdParam,
      body: ZAchievementRegisterRequest,
      response: { 200: ZAchievementDetail },
    },
    handler: async (req) => {
      await registerAchievement(app.db, contextOf(req), { id: req.params.id, ...req.body });
      const d = await readAchievementDetail(app.db, requireAuth(req.auth), req.params.id);
      return presentAchievementDetail(d.row, d.files, d.history);
    },
  });
}

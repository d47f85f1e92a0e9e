import {
  ZAchievement,
  ZAchievementDetail,
  ZAchievementInput,
  ZAchievementListQuery,
  ZIdParam,
  ZUpdateAchievementRequest,
  zPage,
} from '@kechuang/domain';
import { contextOf, requireAuth, type App } from '../../platform/http/types';
import { achievementScope } from './achievement.policy';
import { presentAchievement, presentAchievementDetail } from './achievement.presenter';
import { listAchievements } from './achievement.repository';
import { createAchievement } from './create-achievement';
import { readAchievementDetail } from './read-achievement-detail';
import { updateAchievement } from './update-achievement';

const tags = ['科技成果登记'];

/**
 * The registrations: list with filters and paging, detail with files and history, create, edit. Staff and
 * leaders see their region's, an enterprise user its own (the policy decides; `signed-in` lets both reach it).
 */
export async function achievementRoutes(app: App): Promise<void> {
  app.get('/achievement/records', {
    config: { access: 'signed-in' },
    schema: {
      tags,
      summary: '科技成果登记列表（关键字、类别、状态、年度、县区、记录编号筛选，分页）',
      querystring: ZAchievementListQuery,
      response: { 200: zPage(ZAchievement) },
    },
    handler: async (req) => {
      const { current, pageSize, ...filter } = req.query;
      const scope = achievementScope(requireAuth(req.auth));
      const { rows, total } = await listAchievements(app.db, scope, filter, { current, pageSize });
      return { data: rows.map(presentAchievement), total, success: true as const };
    },
  });

  app.get('/achievement/records/:id', {
    config: { access: 'signed-in' },
    schema: {
      tags,
      summary: '科技成果登记详情（含证明材料与办理记录）',
      params: ZIdParam,
      response: { 200: ZAchievementDetail },
    },
    handler: async (req) => {
      const d = await readAchievementDetail(app.db, requireAuth(req.auth), req.params.id);
      return presentAchievementDetail(d.row, d.files, d.history);
    },
  });

  app.post('/achievement/records', {
    config: { access: 'signed-in' },
    schema: {
      tags,
      summary: '填报科技成果登记（草稿；企业填报本单位，业务人员可代填；留痕）',
      body: ZAchievementInput,
      response: { 200: ZAchievement },
    },
    handler: async (req) => presentAchievement(await createAchievement(app.db, contextOf(req), req.body)),
  });

  app.put('/achievement/records/:id', {
    config: { access: 'signed-in' },
    schema: {
      tags,
      summary: '修改科技成果登记（草稿或退回修改时；乐观锁，留痕）',
      params: ZIdParam,
      body: ZUpdateAchievementRequest,
      response: { 200: ZAchievement },
    },
    handler: async (req) => {
      const { version, ...input } = req.body;
      const change = { id: req.params.id, version, input };
      return presentAchievement(await updateAchievement(app.db, contextOf(req), change));
    },
  });
}

import {
  ZAchievementRecord,
  ZAchievementRecordInput,
  ZAchievementRecordListQuery,
  ZIdParam,
  ZUpdateAchievementRecordRequest,
  zPage,
} from '@kechuang/domain';
import { contextOf, requireAuth, type App } from '../../platform/http/types';
import { createAchievementRecord } from './create-achievement-record';
import { achievementScope } from './achievement.policy';
import { presentAchievementRecord } from './achievement.presenter';
import { listAchievementRecords } from './achievement.repository';
import { readAchievementRecord } from './read-achievement-record';
import { updateAchievementRecord } from './update-achievement-record';

const tags = ['科技成果登记'];

/** The register: list with filters and paging, detail, create, edit. Each route parses, calls one function, presents. */
export async function achievementRoutes(app: App): Promise<void> {
  app.get('/achievement/records', {
    config: { access: 'achievement:read' },
    schema: {
      tags,
      summary: '科技成果登记列表（关键字、年度、记录编号筛选，分页）',
      querystring: ZAchievementRecordListQuery,
      response: { 200: zPage(ZAchievementRecord) },
    },
    handler: async (req) => {
      const { current, pageSize, ...filter } = req.query;
      const scope = achievementScope(requireAuth(req.auth));
      const { rows, total } = await listAchievementRecords(app.db, scope, filter, { current, pageSize });
      return { data: rows.map(presentAchievementRecord), total, success: true as const };
    },
  });

  app.get('/achievement/records/:id', {
    config: { access: 'achievement:read' },
    schema: { tags, summary: '科技成果登记详情', params: ZIdParam, response: { 200: ZAchievementRecord } },
    handler: async (req) =>
      presentAchievementRecord(await readAchievementRecord(app.db, requireAuth(req.auth), req.params.id)),
  });

  app.post('/achievement/records', {
    config: { access: 'achievement:write' },
    schema: {
      tags,
      summary: '新增科技成果登记（留痕）',
      body: ZAchievementRecordInput,
      response: { 200: ZAchievementRecord },
    },
    handler: async (req) => presentAchievementRecord(await createAchievementRecord(app.db, contextOf(req), req.body)),
  });

  app.put('/achievement/records/:id', {
    config: { access: 'achievement:write' },
    schema: {
      tags,
      summary: '修改科技成果登记（乐观锁，留痕）',
      params: ZIdParam,
      body: ZUpdateAchievementRecordRequest,
      response: { 200: ZAchievementRecord },
    },
    handler: async (req) => {
      const { version, ...patch } = req.body;
      const change = { id: req.params.id, version, patch };
      return presentAchievementRecord(await updateAchievementRecord(app.db, contextOf(req), change));
    },
  });
}

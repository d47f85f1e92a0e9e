import {
  ACHIEVEMENT_CATEGORY_LABELS,
  ACHIEVEMENT_LEVEL_LABELS,
  ACHIEVEMENT_STATE_LABELS,
  ZAchievementListQuery,
} from '@kechuang/domain';
import { sendExport } from '../../platform/excel-export/send-export';
import { readerFor } from '../../platform/http/read-routing';
import { requireAuth, type App } from '../../platform/http/types';
import { achievementScope } from './achievement.policy';
import { presentAchievement } from './achievement.presenter';
import { listAllAchievements } from './achievement.repository';

const EXPORT_CAP = 50_000;

/** The registrations' export: the filtered list as the table shows it, stamped and audited by `sendExport`. */
export async function achievementExportRoutes(app: App): Promise<void> {
  app.get('/achievement/records/export', {
    config: { access: 'signed-in' },
    schema: {
      tags: ['科技成果登记'],
      summary: '导出当前筛选的科技成果登记（留痕）',
      querystring: ZAchievementListQuery.omit({ current: true, pageSize: true }),
    },
    handler: async (req, reply) => {
      const reader = await readerFor(app, req);
      const scope = achievementScope(requireAuth(req.auth));
      const rows = (await listAllAchievements(reader, scope, req.query, EXPORT_CAP)).map((r) => {
        const a = presentAchievement(r);
        return {
          ...a,
          category: ACHIEVEMENT_CATEGORY_LABELS[a.category],
          level: ACHIEVEMENT_LEVEL_LABELS[a.level],
          status: ACHIEVEMENT_STATE_LABELS[a.status],
          completers: a.completers.map((c) => c.name).join('、'),
          keywords: a.keywords.join('；'),
          research: `${a.researchStart} 至 ${a.researchEnd}`,
        };
      });
      return sendExport(app, req, reply, {
        fileName: '科技成果登记',
        // 完成人 are named people (docs/rules.md §6.4).
        notice: '含完成人信息，仅限工作使用，请勿外传',
        audit: { action: 'achievement.export', details: { filter: req.query } },
        sheet: {
          sheetName: '科技成果登记',
          title: '科技成果登记',
          columns: [
            { key: 'name', header: '成果名称', kind: 'text', width: 32 },
            { key: 'category', header: '成果类别', kind: 'text' },
            { key: 'firstUnitName', header: '第一完成单位', kind: 'text', width: 28 },
            { key: 'completers', header: '完成人', kind: 'text', width: 24 },
            { key: 'research', header: '研究起止', kind: 'text', width: 18 },
            { key: 'keywords', header: '关键词', kind: 'text', width: 20 },
            { key: 'level', header: '成果水平', kind: 'text' },
            { key: 'status', header: '状态', kind: 'text' },
            { key: 'registrationNo', header: '登记号', kind: 'text', width: 16 },
            { key: 'registeredOn', header: '登记日期', kind: 'date' },
            { key: 'regionName', header: '所属县区', kind: 'text' },
          ],
          rows,
        },
      });
    },
  });
}

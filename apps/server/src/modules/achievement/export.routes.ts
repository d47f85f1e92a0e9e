import { ZAchievementRecordListQuery } from '@kechuang/domain';
import { sendExport } from '../../platform/excel-export/send-export';
import { requireAuth, type App } from '../../platform/http/types';
import { achievementScope } from './achievement.policy';
import { presentAchievementRecord } from './achievement.presenter';
import { listAllAchievementRecords } from './achievement.repository';

const EXPORT_CAP = 50_000;

/** The register's export: the filtered list as the table shows it, stamped and audited by `sendExport`. */
export async function achievementExportRoutes(app: App): Promise<void> {
  app.get('/achievement/records/export', {
    config: { access: 'achievement:read' },
    schema: {
      tags: ['科技成果登记'],
      summary: '导出当前筛选的科技成果登记（留痕）',
      querystring: ZAchievementRecordListQuery.omit({ current: true, pageSize: true }),
    },
    handler: async (req, reply) => {
      const scope = achievementScope(requireAuth(req.auth));
      const rows = (await listAllAchievementRecords(app.db, scope, req.query, EXPORT_CAP)).map(
        presentAchievementRecord,
      );
      return sendExport(app, req, reply, {
        fileName: '科技成果登记',
        audit: { action: 'achievement.export', details: { filter: req.query } },
        sheet: {
          sheetName: '科技成果登记',
          title: '科技成果登记',
          columns: [
            { key: 'name', header: '名称', kind: 'text', width: 32 },
            { key: 'regionName', header: '所属县区', kind: 'text' },
            { key: 'recordedOn', header: '登记日期', kind: 'date' },
            { key: 'amount', header: '金额（元）', kind: 'money', width: 16 },
            { key: 'remark', header: '备注', kind: 'text', width: 40 },
          ],
          rows,
        },
      });
    },
  });
}

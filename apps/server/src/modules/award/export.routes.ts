import { ZAwardRecordListQuery } from '@kechuang/domain';
import { sendExport } from '../../platform/excel-export/send-export';
import { requireAuth, type App } from '../../platform/http/types';
import { awardScope } from './award.policy';
import { presentAwardRecord } from './award.presenter';
import { listAllAwardRecords } from './award.repository';

const EXPORT_CAP = 50_000;

/** The register's export: the filtered list as the table shows it, stamped and audited by `sendExport`. */
export async function awardExportRoutes(app: App): Promise<void> {
  app.get('/award/records/export', {
    config: { access: 'award:read' },
    schema: {
      tags: ['奖励与赛事'],
      summary: '导出当前筛选的奖励与赛事（留痕）',
      querystring: ZAwardRecordListQuery.omit({ current: true, pageSize: true }),
    },
    handler: async (req, reply) => {
      const scope = awardScope(requireAuth(req.auth));
      const rows = (await listAllAwardRecords(app.db, scope, req.query, EXPORT_CAP)).map(presentAwardRecord);
      return sendExport(app, req, reply, {
        fileName: '奖励与赛事',
        audit: { action: 'award.export', details: { filter: req.query } },
        sheet: {
          sheetName: '奖励与赛事',
          title: '奖励与赛事',
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

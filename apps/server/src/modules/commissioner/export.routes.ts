import { ZCommissionerRecordListQuery } from '@kechuang/domain';
import { sendExport } from '../../platform/excel-export/send-export';
import { requireAuth, type App } from '../../platform/http/types';
import { commissionerScope } from './commissioner.policy';
import { presentCommissionerRecord } from './commissioner.presenter';
import { listAllCommissionerRecords } from './commissioner.repository';

const EXPORT_CAP = 50_000;

/** The register's export: the filtered list as the table shows it, stamped and audited by `sendExport`. */
export async function commissionerExportRoutes(app: App): Promise<void> {
  app.get('/commissioner/records/export', {
    config: { access: 'commissioner:read' },
    schema: {
      tags: ['科技特派员'],
      summary: '导出当前筛选的科技特派员（留痕）',
      querystring: ZCommissionerRecordListQuery.omit({ current: true, pageSize: true }),
    },
    handler: async (req, reply) => {
      const scope = commissionerScope(requireAuth(req.auth));
      const rows = (await listAllCommissionerRecords(app.db, scope, req.query, EXPORT_CAP)).map(
        presentCommissionerRecord,
      );
      return sendExport(app, req, reply, {
        fileName: '科技特派员',
        audit: { action: 'commissioner.export', details: { filter: req.query } },
        sheet: {
          sheetName: '科技特派员',
          title: '科技特派员',
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

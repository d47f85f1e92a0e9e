import { ZLiaisonRecordListQuery } from '@kechuang/domain';
import { sendExport } from '../../platform/excel-export/send-export';
import { requireAuth, type App } from '../../platform/http/types';
import { liaisonScope } from './liaison.policy';
import { presentLiaisonRecord } from './liaison.presenter';
import { listAllLiaisonRecords } from './liaison.repository';

const EXPORT_CAP = 50_000;

/** The register's export: the filtered list as the table shows it, stamped and audited by `sendExport`. */
export async function liaisonExportRoutes(app: App): Promise<void> {
  app.get('/liaison/records/export', {
    config: { access: 'liaison:read' },
    schema: {
      tags: ['干部包企业'],
      summary: '导出当前筛选的干部包企业（留痕）',
      querystring: ZLiaisonRecordListQuery.omit({ current: true, pageSize: true }),
    },
    handler: async (req, reply) => {
      const scope = liaisonScope(requireAuth(req.auth));
      const rows = (await listAllLiaisonRecords(app.db, scope, req.query, EXPORT_CAP)).map(presentLiaisonRecord);
      return sendExport(app, req, reply, {
        fileName: '干部包企业',
        audit: { action: 'liaison.export', details: { filter: req.query } },
        sheet: {
          sheetName: '干部包企业',
          title: '干部包企业',
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

import { ZForeignExpertRecordListQuery } from '@kechuang/domain';
import { sendExport } from '../../platform/excel-export/send-export';
import { requireAuth, type App } from '../../platform/http/types';
import { foreignExpertScope } from './foreign-expert.policy';
import { presentForeignExpertRecord } from './foreign-expert.presenter';
import { listAllForeignExpertRecords } from './foreign-expert.repository';

const EXPORT_CAP = 50_000;

/** The register's export: the filtered list as the table shows it, stamped and audited by `sendExport`. */
export async function foreignExpertExportRoutes(app: App): Promise<void> {
  app.get('/foreign-expert/records/export', {
    config: { access: 'foreign-expert:read' },
    schema: {
      tags: ['外国专家'],
      summary: '导出当前筛选的外国专家（留痕）',
      querystring: ZForeignExpertRecordListQuery.omit({ current: true, pageSize: true }),
    },
    handler: async (req, reply) => {
      const scope = foreignExpertScope(requireAuth(req.auth));
      const rows = (await listAllForeignExpertRecords(app.db, scope, req.query, EXPORT_CAP)).map(
        presentForeignExpertRecord,
      );
      return sendExport(app, req, reply, {
        fileName: '外国专家',
        audit: { action: 'foreign-expert.export', details: { filter: req.query } },
        sheet: {
          sheetName: '外国专家',
          title: '外国专家',
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

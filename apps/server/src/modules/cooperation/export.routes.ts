import { ZCooperationRecordListQuery } from '@kechuang/domain';
import { sendExport } from '../../platform/excel-export/send-export';
import { requireAuth, type App } from '../../platform/http/types';
import { cooperationScope } from './cooperation.policy';
import { presentCooperationRecord } from './cooperation.presenter';
import { listAllCooperationRecords } from './cooperation.repository';

const EXPORT_CAP = 50_000;

/** The register's export: the filtered list as the table shows it, stamped and audited by `sendExport`. */
export async function cooperationExportRoutes(app: App): Promise<void> {
  app.get('/cooperation/records/export', {
    config: { access: 'cooperation:read' },
    schema: {
      tags: ['院地院企合作'],
      summary: '导出当前筛选的院地院企合作（留痕）',
      querystring: ZCooperationRecordListQuery.omit({ current: true, pageSize: true }),
    },
    handler: async (req, reply) => {
      const scope = cooperationScope(requireAuth(req.auth));
      const rows = (await listAllCooperationRecords(app.db, scope, req.query, EXPORT_CAP)).map(
        presentCooperationRecord,
      );
      return sendExport(app, req, reply, {
        fileName: '院地院企合作',
        audit: { action: 'cooperation.export', details: { filter: req.query } },
        sheet: {
          sheetName: '院地院企合作',
          title: '院地院企合作',
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

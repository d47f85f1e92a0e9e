import { ZTechPlatformRecordListQuery } from '@kechuang/domain';
import { sendExport } from '../../platform/excel-export/send-export';
import { requireAuth, type App } from '../../platform/http/types';
import { techPlatformScope } from './tech-platform.policy';
import { presentTechPlatformRecord } from './tech-platform.presenter';
import { listAllTechPlatformRecords } from './tech-platform.repository';

const EXPORT_CAP = 50_000;

/** The register's export: the filtered list as the table shows it, stamped and audited by `sendExport`. */
export async function techPlatformExportRoutes(app: App): Promise<void> {
  app.get('/tech-platform/records/export', {
    config: { access: 'tech-platform:read' },
    schema: {
      tags: ['创新平台'],
      summary: '导出当前筛选的创新平台（留痕）',
      querystring: ZTechPlatformRecordListQuery.omit({ current: true, pageSize: true }),
    },
    handler: async (req, reply) => {
      const scope = techPlatformScope(requireAuth(req.auth));
      const rows = (await listAllTechPlatformRecords(app.db, scope, req.query, EXPORT_CAP)).map(
        presentTechPlatformRecord,
      );
      return sendExport(app, req, reply, {
        fileName: '创新平台',
        audit: { action: 'tech-platform.export', details: { filter: req.query } },
        sheet: {
          sheetName: '创新平台',
          title: '创新平台',
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

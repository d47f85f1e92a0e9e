import { ZServiceEventRecordListQuery } from '@kechuang/domain';
import { sendExport } from '../../platform/excel-export/send-export';
import { requireAuth, type App } from '../../platform/http/types';
import { serviceEventScope } from './service-event.policy';
import { presentServiceEventRecord } from './service-event.presenter';
import { listAllServiceEventRecords } from './service-event.repository';

const EXPORT_CAP = 50_000;

/** The register's export: the filtered list as the table shows it, stamped and audited by `sendExport`. */
export async function serviceEventExportRoutes(app: App): Promise<void> {
  app.get('/service-event/records/export', {
    config: { access: 'service-event:read' },
    schema: {
      tags: ['科技服务活动'],
      summary: '导出当前筛选的科技服务活动（留痕）',
      querystring: ZServiceEventRecordListQuery.omit({ current: true, pageSize: true }),
    },
    handler: async (req, reply) => {
      const scope = serviceEventScope(requireAuth(req.auth));
      const rows = (await listAllServiceEventRecords(app.db, scope, req.query, EXPORT_CAP)).map(
        presentServiceEventRecord,
      );
      return sendExport(app, req, reply, {
        fileName: '科技服务活动',
        audit: { action: 'service-event.export', details: { filter: req.query } },
        sheet: {
          sheetName: '科技服务活动',
          title: '科技服务活动',
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

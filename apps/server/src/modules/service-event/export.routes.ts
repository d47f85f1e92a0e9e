import { SERVICE_EVENT_STATE_LABELS, ZServiceEventListQuery } from '@kechuang/domain';
import { sendExport } from '../../platform/excel-export/send-export';
import { readerFor } from '../../platform/http/read-routing';
import { requireAuth, type App } from '../../platform/http/types';
import { serviceEventScope } from './service-event.policy';
import { presentServiceEvent } from './service-event.presenter';
import { listAllServiceEvents } from './service-event.repository';

const EXPORT_CAP = 50_000;

/** The events' export: the filtered list as the table shows it, with the counts, stamped and audited by `sendExport`. */
export async function serviceEventExportRoutes(app: App): Promise<void> {
  app.get('/service-event/events/export', {
    config: { access: 'service-event:read' },
    schema: {
      tags: ['科技服务活动'],
      summary: '导出当前筛选的科技服务活动（留痕）',
      querystring: ZServiceEventListQuery.omit({ current: true, pageSize: true }),
    },
    handler: async (req, reply) => {
      const reader = await readerFor(app, req);
      const scope = serviceEventScope(requireAuth(req.auth));
      const rows = (await listAllServiceEvents(reader, scope, req.query, EXPORT_CAP)).map((r) => {
        const e = presentServiceEvent(r);
        return { ...e, coOrganisers: e.coOrganisers.join('、'), status: SERVICE_EVENT_STATE_LABELS[e.status] };
      });
      return sendExport(app, req, reply, {
        fileName: '科技服务活动',
        audit: { action: 'service-event.export', details: { filter: req.query } },
        sheet: {
          sheetName: '科技服务活动',
          title: '科技服务活动',
          columns: [
            { key: 'title', header: '活动名称', kind: 'text', width: 36 },
            { key: 'kindLabel', header: '活动类别', kind: 'text', width: 18 },
            { key: 'organiser', header: '主办单位', kind: 'text', width: 24 },
            { key: 'coOrganisers', header: '协办单位', kind: 'text', width: 24 },
            { key: 'startOn', header: '开始日期', kind: 'date' },
            { key: 'endOn', header: '结束日期', kind: 'date' },
            { key: 'place', header: '活动地点', kind: 'text', width: 24 },
            { key: 'regionName', header: '所属县区', kind: 'text' },
            { key: 'status', header: '状态', kind: 'text' },
            { key: 'enterpriseCount', header: '参加企业（家）', kind: 'integer' },
            { key: 'personsReached', header: '参加人数（人）', kind: 'integer' },
            { key: 'commissionerCount', header: '其中科技特派员（人）', kind: 'integer' },
            { key: 'outcome', header: '活动成效', kind: 'text', width: 40 },
          ],
          rows,
        },
      });
    },
  });
}

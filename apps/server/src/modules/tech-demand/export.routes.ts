import { DEMAND_STATE_LABELS, ZTechDemandListQuery } from '@kechuang/domain';
import { sendExport } from '../../platform/excel-export/send-export';
import { readerFor } from '../../platform/http/read-routing';
import { requireAuth, type App } from '../../platform/http/types';
import { techDemandScope } from './tech-demand.policy';
import { presentDemand } from './tech-demand.presenter';
import { listAllDemands } from './tech-demand.repository';

const EXPORT_CAP = 50_000;

/** The demand pool's export: the filtered list (bureau only), stamped and audited by `sendExport`. */
export async function techDemandExportRoutes(app: App): Promise<void> {
  app.get('/tech-demand/demands/export', {
    config: { access: 'tech-demand:read' },
    schema: {
      tags: ['揭榜挂帅'],
      summary: '导出当前筛选的技术需求（留痕）',
      querystring: ZTechDemandListQuery.omit({ current: true, pageSize: true }),
    },
    handler: async (req, reply) => {
      const reader = await readerFor(app, req);
      const scope = techDemandScope(requireAuth(req.auth));
      const rows = (await listAllDemands(reader, scope, req.query, EXPORT_CAP)).map((r) => {
        const d = presentDemand(r, scope);
        return { ...d, stateLabel: DEMAND_STATE_LABELS[d.state] };
      });
      return sendExport(app, req, reply, {
        fileName: '揭榜挂帅技术需求',
        audit: { action: 'tech-demand.export', details: { filter: req.query } },
        sheet: {
          sheetName: '技术需求',
          title: '揭榜挂帅技术需求',
          columns: [
            { key: 'title', header: '需求名称', kind: 'text', width: 32 },
            { key: 'enterpriseName', header: '发榜企业', kind: 'text', width: 28 },
            { key: 'field', header: '技术领域', kind: 'text' },
            { key: 'callTitle', header: '榜单批次', kind: 'text', width: 28 },
            { key: 'budget', header: '拟投入资金（元）', kind: 'money', width: 16 },
            { key: 'stateLabel', header: '状态', kind: 'text' },
            { key: 'reviewScore', header: '论证得分', kind: 'text' },
            { key: 'regionName', header: '所属县区', kind: 'text' },
          ],
          rows,
        },
      });
    },
  });
}

import { STAGE_LABELS, TIER_LABELS, ZEnterpriseListQuery, type Stage, type Tier } from '@kechuang/domain';
import { sendExport } from '../../platform/excel-export/send-export';
import { readerFor } from '../../platform/http/read-routing';
import { requireAuth, type App } from '../../platform/http/types';
import { enterpriseScope } from './enterprise.policy';
import { presentEnterprise } from './enterprise.presenter';
import { listAllEnterprises } from './enterprise.repository';

const EXPORT_CAP = 50_000;

/** The register's export: any filtered list, phones masked, audited. */
export async function enterpriseExportRoutes(app: App): Promise<void> {
  app.get('/enterprises/export', {
    config: { access: 'enterprise:read' },
    schema: {
      tags: ['企业导入导出'],
      summary: '导出当前筛选的企业名录（电话打码，留痕）',
      querystring: ZEnterpriseListQuery.omit({ current: true, pageSize: true }),
    },
    handler: async (req, reply) => {
      const reader = await readerFor(app, req);
      const auth = requireAuth(req.auth);
      const rows = (await listAllEnterprises(reader, enterpriseScope(auth), req.query, EXPORT_CAP)).map(
        presentEnterprise,
      );
      return sendExport(app, req, reply, {
        fileName: '企业名录',
        notice: '含联系人信息，仅限工作使用，请勿外传',
        audit: { action: 'enterprise.export', details: { filter: req.query } },
        sheet: {
          sheetName: '企业名录',
          title: '企业名录',
          columns: [
            { key: 'name', header: '企业名称', kind: 'text', width: 32 },
            { key: 'creditCode', header: '统一社会信用代码', kind: 'code', width: 22 },
            { key: 'townshipName', header: '乡镇', kind: 'text' },
            { key: 'industryCode', header: '行业代码', kind: 'code' },
            { key: 'industryName', header: '行业', kind: 'text', width: 20 },
            { key: 'tierText', header: '培育梯度', kind: 'text', width: 30 },
            { key: 'contactName', header: '联系人', kind: 'text' },
            { key: 'contactPhone', header: '联系电话', kind: 'code' },
            { key: 'tagText', header: '标签', kind: 'text' },
          ],
          rows: rows.map((e) => ({
            ...e,
            tierText: e.tiers
              .map((t) => `${TIER_LABELS[t.tier as Tier]}·${STAGE_LABELS[t.stage as Stage]}（${t.year}）`)
              .join('；'),
            tagText: e.tags.join('、'),
          })),
        },
      });
    },
  });
}

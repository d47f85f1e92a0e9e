import {
  COOP_PROJECT_STATE_LABELS,
  ZCoopPartnerListQuery,
  ZCoopProjectListQuery,
  type CoopProjectState,
} from '@kechuang/domain';
import { sendExport } from '../../platform/excel-export/send-export';
import { readerFor } from '../../platform/http/read-routing';
import { requireAuth, type App } from '../../platform/http/types';
import { cooperationScope, partnerScope } from './cooperation.policy';
import { presentPartner, presentProject } from './cooperation.presenter';
import { listAllPartners } from './partner.repository';
import { listAllProjects } from './project.repository';

const EXPORT_CAP = 50_000;
const tags = ['院地院企合作'];

/** The exports: the filtered project list as the table shows it, and the partner register (phones masked). */
export async function cooperationExportRoutes(app: App): Promise<void> {
  app.get('/cooperation/projects/export', {
    config: { access: 'signed-in' },
    schema: {
      tags,
      summary: '导出当前筛选的合作项目（留痕）',
      querystring: ZCoopProjectListQuery.omit({ current: true, pageSize: true }),
    },
    handler: async (req, reply) => {
      const reader = await readerFor(app, req);
      const scope = cooperationScope(requireAuth(req.auth));
      const rows = (await listAllProjects(reader, scope, req.query, EXPORT_CAP)).map((r) => ({
        ...presentProject(r),
        statusLabel: COOP_PROJECT_STATE_LABELS[r.status as CoopProjectState],
      }));
      return sendExport(app, req, reply, {
        fileName: '合作项目',
        audit: { action: 'cooperation.project.export', details: { filter: req.query } },
        sheet: {
          sheetName: '合作项目',
          title: '院地院企合作项目',
          columns: [
            { key: 'name', header: '项目名称', kind: 'text', width: 32 },
            { key: 'enterpriseName', header: '合作企业', kind: 'text', width: 28 },
            { key: 'partnerName', header: '合作院所', kind: 'text', width: 24 },
            { key: 'fieldLabel', header: '合作领域', kind: 'text' },
            { key: 'startOn', header: '开始日期', kind: 'date' },
            { key: 'endOn', header: '结束日期', kind: 'date' },
            { key: 'statusLabel', header: '状态', kind: 'text' },
            { key: 'enterpriseAmount', header: '企业投入（元）', kind: 'money' },
            { key: 'partnerAmount', header: '合作院所投入（元）', kind: 'money' },
            { key: 'governmentAmount', header: '政府资金（元）', kind: 'money' },
            { key: 'regionName', header: '所属县区', kind: 'text' },
            { key: 'content', header: '合作内容', kind: 'text', width: 40 },
          ],
          rows,
        },
      });
    },
  });

  app.get('/cooperation/partners/export', {
    config: { access: 'cooperation:read' },
    schema: {
      tags,
      summary: '导出合作单位名录（联系电话脱敏，留痕）',
      querystring: ZCoopPartnerListQuery.omit({ current: true, pageSize: true }),
    },
    handler: async (req, reply) => {
      const reader = await readerFor(app, req);
      const scope = partnerScope(requireAuth(req.auth));
      const rows = (await listAllPartners(reader, scope, req.query, EXPORT_CAP)).map(presentPartner);
      return sendExport(app, req, reply, {
        fileName: '合作单位名录',
        // docs/rules.md §6.4: an export carrying personal data says so, with who exported it and when.
        notice: '本表含联系人信息（电话已脱敏），仅限工作使用，不得外传。',
        audit: { action: 'cooperation.partner.export', details: { filter: req.query } },
        sheet: {
          sheetName: '合作单位',
          title: '合作单位名录',
          columns: [
            { key: 'name', header: '单位名称', kind: 'text', width: 32 },
            { key: 'kindLabel', header: '单位类别', kind: 'text' },
            { key: 'province', header: '所在省份', kind: 'text' },
            { key: 'city', header: '所在城市', kind: 'text' },
            { key: 'address', header: '地址', kind: 'text', width: 32 },
            { key: 'contactName', header: '联系人', kind: 'text' },
            { key: 'contactPhone', header: '联系电话', kind: 'text' },
            { key: 'regionName', header: '登记县区', kind: 'text' },
          ],
          rows,
        },
      });
    },
  });
}

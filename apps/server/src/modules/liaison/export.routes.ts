import { LIAISON_ISSUE_STATE_LABELS, ZLiaisonIssueListQuery, ZLiaisonVisitListQuery } from '@kechuang/domain';
import { sendExport } from '../../platform/excel-export/send-export';
import { readerFor } from '../../platform/http/read-routing';
import { requireAuth, type App } from '../../platform/http/types';
import { listAllIssues } from './issue.repository';
import { liaisonRegionScope } from './liaison.policy';
import { listAllVisits } from './visit.repository';

const EXPORT_CAP = 50_000;
const tags = ['干部包企业'];
const mineOf = (mine: string | undefined, userId: number) => (mine === 'true' ? userId : undefined);

/** The visits and issues as the lists filter them (the bureau only), stamped and audited by `sendExport`. */
export async function liaisonExportRoutes(app: App): Promise<void> {
  app.get('/liaison/visits/export', {
    config: { access: 'liaison:read' },
    schema: {
      tags,
      summary: '导出当前筛选的走访记录（留痕）',
      querystring: ZLiaisonVisitListQuery.omit({ current: true, pageSize: true }),
    },
    handler: async (req, reply) => {
      const reader = await readerFor(app, req);
      const auth = requireAuth(req.auth);
      const { mine, ...filter } = req.query;
      const visits = await listAllVisits(
        reader,
        liaisonRegionScope(auth),
        { ...filter, cadreId: mineOf(mine, auth.userId) },
        EXPORT_CAP,
      );
      const rows = visits.map((v) => ({ ...v, policies: v.policyLabels.join('、') }));
      return sendExport(app, req, reply, {
        fileName: '包联走访记录',
        audit: { action: 'liaison.export-visits', details: { filter: req.query } },
        sheet: {
          sheetName: '走访记录',
          title: '干部包企业走访记录',
          columns: [
            { key: 'visitedOn', header: '走访日期', kind: 'date' },
            { key: 'enterpriseName', header: '企业', kind: 'text', width: 28 },
            { key: 'cadreName', header: '包联干部', kind: 'text' },
            { key: 'formLabel', header: '走访形式', kind: 'text' },
            { key: 'peopleMet', header: '接待人员', kind: 'text', width: 20 },
            { key: 'policies', header: '宣讲政策', kind: 'text', width: 30 },
            { key: 'questions', header: '企业提出的疑问', kind: 'text', width: 36 },
            { key: 'campaignLabel', header: '专项活动', kind: 'text', width: 16 },
            { key: 'issueCount', header: '诉求数', kind: 'integer' },
          ],
          rows,
        },
      });
    },
  });

  app.get('/liaison/issues/export', {
    config: { access: 'liaison:read' },
    schema: {
      tags,
      summary: '导出当前筛选的企业诉求（留痕）',
      querystring: ZLiaisonIssueListQuery.omit({ current: true, pageSize: true }),
    },
    handler: async (req, reply) => {
      const reader = await readerFor(app, req);
      const auth = requireAuth(req.auth);
      const { mine, ...filter } = req.query;
      const issues = await listAllIssues(
        reader,
        liaisonRegionScope(auth),
        { ...filter, cadreId: mineOf(mine, auth.userId) },
        EXPORT_CAP,
      );
      const rows = issues.map((i) => ({
        ...i,
        statusLabel: LIAISON_ISSUE_STATE_LABELS[i.status],
        overdueLabel: i.overdue ? '逾期' : '',
      }));
      return sendExport(app, req, reply, {
        fileName: '企业诉求',
        audit: { action: 'liaison.export-issues', details: { filter: req.query } },
        sheet: {
          sheetName: '企业诉求',
          title: '干部包企业 企业诉求办理情况',
          columns: [
            { key: 'enterpriseName', header: '企业', kind: 'text', width: 28 },
            { key: 'content', header: '诉求内容', kind: 'text', width: 40 },
            { key: 'categoryLabel', header: '类别', kind: 'text' },
            { key: 'departmentLabel', header: '责任部门', kind: 'text', width: 16 },
            { key: 'cadreName', header: '包联干部', kind: 'text' },
            { key: 'raisedOn', header: '提出日期', kind: 'date' },
            { key: 'dueOn', header: '办理期限', kind: 'date' },
            { key: 'statusLabel', header: '状态', kind: 'text' },
            { key: 'overdueLabel', header: '是否逾期', kind: 'text' },
            { key: 'answer', header: '办理答复', kind: 'text', width: 40 },
            { key: 'closedOn', header: '办结日期', kind: 'date' },
          ],
          rows,
        },
      });
    },
  });
}

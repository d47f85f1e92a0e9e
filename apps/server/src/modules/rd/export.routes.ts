import { z } from 'zod';
import {
  chinaToday,
  RD_CHECK_RULES,
  RD_FIGURE_FIELDS,
  RD_REPORT_STATUS_LABELS,
  type RdReportStatus,
  ZIdParam,
  ZRdBasisQuery,
} from '@kechuang/domain';
import type { ExportColumn } from '../../platform/excel';
import { sendExport } from '../../platform/excel-export/send-export';
import { readerFor } from '../../platform/http/read-routing';
import { requireAuth, type App } from '../../platform/http/types';
import { buildTaskSummary } from './build-task-summary';
import { buildTrend } from './build-trend';
import { estimateTaskDeductions } from './estimate-deductions';
import { FIGURE_COLUMNS } from './rd-columns';
import { presentCounts } from './rd.presenter';
import { listAllUnits } from './rd-unit.repository';
import { readRdTask } from './read-rd-task';
import { taskFindings } from './task-findings';
import { townshipCompletion } from './township-completion';

const VIEWS = ['units', 'findings', 'completion', 'township', 'industry', 'tier', 'performer', 'deductions'] as const;
const VIEW_TITLES: Record<(typeof VIEWS)[number], string> = {
  units: '填报单位',
  findings: '核查清单',
  completion: '填报率',
  township: '按乡镇汇总',
  industry: '按行业汇总',
  tier: '按梯度汇总',
  performer: '按执行部门汇总',
  deductions: '加计扣除测算',
};
const col = (key: string, header: string, kind: ExportColumn['kind'] = 'text', width?: number): ExportColumn => ({
  key,
  header,
  kind,
  width,
});
const GROUP_COLUMNS = [
  col('label', '分组', 'text', 24),
  col('units', '单位数', 'integer'),
  col('rdStaff', '研发人员（人）', 'integer'),
  col('internalTotal', '研发经费内部支出（元）', 'money'),
  col('fundsGovernment', '其中政府资金（元）', 'money'),
  col('external', '外部支出（元）', 'money'),
  col('deductionClaimed', '加计扣除额（元）', 'money'),
  col('sharePercent', '占比（%）', 'decimal'),
];

/** Excel export of every R&D view: units with figures, findings, completion, each grouping, 加计扣除, and the trend. */
export async function rdExportRoutes(app: App): Promise<void> {
  app.get('/rd/tasks/:id/export', {
    config: { access: 'signed-in' },
    schema: {
      tags: ['研发经费·导入导出'],
      summary: '导出任务视图为 Excel（单位明细、核查清单、填报率、各维度汇总、加计扣除测算；留痕）',
      params: ZIdParam,
      querystring: ZRdBasisQuery.extend({ view: z.enum(VIEWS).default('units') }),
    },
    handler: async (req, reply) => {
      const reader = await readerFor(app, req);
      const auth = requireAuth(req.auth);
      const task = await readRdTask(reader, auth, req.params.id);
      const { view, basis } = req.query;
      let columns: ExportColumn[];
      let rows: Record<string, unknown>[];
      if (view === 'units') {
        columns = [
          col('enterprise_name', '单位名称', 'text', 30),
          col('credit_code', '统一社会信用代码', 'code'),
          col('township_name', '乡镇'),
          col('industry_code', '行业代码', 'code'),
          col('tier', '梯度'),
          col('statusText', '状态'),
          ...RD_FIGURE_FIELDS.map((f) =>
            col(
              FIGURE_COLUMNS[f.key],
              f.kind === 'money' ? `${f.label}（元）` : `${f.label}（人）`,
              f.kind === 'money' ? 'money' : 'integer',
            ),
          ),
          col('byStaff', '业务人员代填'),
          col('return_reason', '退回原因', 'text', 30),
        ];
        rows = (await listAllUnits(reader, task.id)).map((u) => ({
          ...u,
          tier: [u.is_high_tech ? '高企' : '', u.is_tech_sme ? '科小' : ''].filter(Boolean).join('、'),
          statusText: RD_REPORT_STATUS_LABELS[u.status as RdReportStatus],
          byStaff: u.filled_by_staff ? '是' : '',
        }));
      } else if (view === 'findings') {
        const label = new Map(RD_CHECK_RULES.map((r) => [r.code, r.label]));
        columns = [
          col('enterpriseName', '单位名称', 'text', 30),
          col('statusText', '填报状态'),
          col('severityText', '级别'),
          col('rule', '核查规则', 'text', 20),
          col('message', '核查结果', 'text', 60),
          col('explanation', '情况说明', 'text', 40),
        ];
        rows = (await taskFindings(reader, task, chinaToday())).map((f) => ({
          ...f,
          statusText: RD_REPORT_STATUS_LABELS[f.status as RdReportStatus],
          severityText: f.severity === 'error' ? '错误' : '提示',
          rule: label.get(f.code),
        }));
      } else if (view === 'completion') {
        columns = [
          col('townshipName', '乡镇'),
          col('units', '单位数', 'integer'),
          col('notFilled', '未填', 'integer'),
          col('saved', '已保存', 'integer'),
          col('submitted', '已提交', 'integer'),
          col('approved', '通过', 'integer'),
          col('returned', '退回', 'integer'),
          col('reportedRate', '填报率（%）', 'decimal'),
        ];
        const c = await townshipCompletion(reader, task.id);
        rows = [
          ...c.byTownship.map((t) => ({ townshipName: t.township_name ?? '未填乡镇', ...presentCounts(t) })),
          { townshipName: '合计', ...presentCounts(c.overall) },
        ];
      } else if (view === 'deductions') {
        columns = [
          col('enterpriseName', '单位名称', 'text', 30),
          col('enterpriseType', '适用类型'),
          col('expensedPercent', '加计扣除比例（%）', 'integer'),
          col('expensedRd', '加计扣除基数（元）', 'money'),
          col('deduction', '测算加计扣除额（元）', 'money'),
          col('taxSaving', '测算少缴所得税（元）', 'money'),
          col('claimed', '申报加计扣除额（元）', 'money'),
        ];
        const d = await estimateTaskDeductions(reader, task.id);
        rows = [...d.rows, { enterpriseName: '合计', ...d.total }];
      } else {
        columns = GROUP_COLUMNS;
        const s = await buildTaskSummary(reader, task, basis);
        const groups = { township: s.byTownship, industry: s.byIndustry, tier: s.byTier, performer: s.byPerformer }[
          view
        ];
        rows = [...groups, { label: '合计', ...s.total, sharePercent: '100.00' }];
      }
      const title = `${task.title}·${VIEW_TITLES[view]}`;
      return sendExport(app, req, reply, {
        fileName: title,
        notice: '含单位经营数据，仅限工作使用，请勿外传',
        audit: {
          action: 'rd.export',
          objectType: 'rd_task',
          objectId: task.id,
          regionCode: task.region_code,
          details: { view, basis },
        },
        sheet: { sheetName: VIEW_TITLES[view], title, columns, rows },
      });
    },
  });

  app.get('/rd/trend/export', {
    config: { access: 'rd:summary:view' },
    schema: { tags: ['研发经费·导入导出'], summary: '导出各期研发经费与投入强度趋势' },
    handler: async (req, reply) => {
      const reader = await readerFor(app, req);
      const auth = requireAuth(req.auth);
      const trend = await buildTrend(reader, auth.scopePrefix, auth.regionCode);
      return sendExport(app, req, reply, {
        fileName: '研发经费趋势',
        audit: { action: 'rd.export', objectType: 'rd_trend' },
        sheet: {
          sheetName: '研发经费趋势',
          title: '研发经费与研发经费投入强度趋势',
          columns: [
            col('periodLabel', '期间'),
            col('units', '通过单位数', 'integer'),
            col('internalTotal', '研发经费内部支出（元）', 'money'),
            col('gdp', '地区生产总值（元）', 'money'),
            col('intensityPercent', '研发经费投入强度（%）', 'decimal'),
          ],
          rows: trend,
        },
      });
    },
  });
}

import {
  FUNDING_KIND_LABELS,
  FUNDING_SOURCE_LABELS,
  fundingKindTotalsText,
  ZApplicationFunding,
  ZFundingInput,
  ZFundingListQuery,
  ZFundingPage,
  ZFundingRecord,
  ZFundingSummary,
  ZIdParam,
  ZUpdateFundingRequest,
} from '@kechuang/domain';
import { sendExport } from '../../platform/excel-export/send-export';
import { readerFor } from '../../platform/http/read-routing';
import { contextOf, requireAuth, type App } from '../../platform/http/types';
import { createFunding } from './create-funding';
import { presentFunding } from './funding.presenter';
import { findFunding, fundingForExport, fundingKindTotals, listFunding } from './funding.repository';
import { fundingSummary } from './funding-summary';
import { fundingScope } from './project.policy';
import { readApplicationFunding } from './read-application-funding';
import { updateFunding } from './update-funding';

const tags = ['资金台账'];
const EXPORT_CAP = 50_000;

/** The funding ledger: records per project, list with exact totals, period summary traced to records, export. */
export async function fundingRoutes(app: App): Promise<void> {
  /** The record as it now stands, after a use case has checked the user's access and changed it. */
  const shown = async (id: number) => presentFunding((await findFunding(app.db, id))!);

  app.get('/funding', {
    config: { access: 'funding:read' },
    schema: {
      tags,
      summary:
        '资金台账（按项目、单位、类型、来源级别、类别、日期筛选；kindTotals 为筛选结果按类型分列的精确合计及其来源级别分项，单位元，不同类型不相加）',
      querystring: ZFundingListQuery,
      response: { 200: ZFundingPage },
    },
    handler: async (req) => {
      const scope = fundingScope(requireAuth(req.auth));
      const { current, pageSize, ...filter } = req.query;
      const [{ rows, total }, kindTotals] = await Promise.all([
        listFunding(app.db, scope, filter, { current, pageSize }),
        fundingKindTotals(app.db, scope, filter),
      ]);
      return { data: rows.map(presentFunding), total, success: true as const, kindTotals };
    },
  });

  app.get('/funding/summary', {
    config: { access: 'funding:read' },
    schema: {
      tags,
      summary:
        '期间资金汇总：按来源级别（中央/省级/市级/县级）与类型的精确合计，并列出每个数字对应的记录编号（供半年报引用）',
      querystring: ZFundingListQuery.omit({ current: true, pageSize: true }),
      response: { 200: ZFundingSummary },
    },
    handler: async (req) => fundingSummary(app.db, fundingScope(requireAuth(req.auth)), req.query),
  });

  app.get('/funding/export', {
    config: { access: 'funding:read' },
    schema: {
      tags,
      summary: '导出资金台账 Excel（与列表相同的筛选条件）',
      querystring: ZFundingListQuery.omit({ current: true, pageSize: true }),
    },
    handler: async (req, reply) => {
      const scope = fundingScope(requireAuth(req.auth));
      const reader = await readerFor(app, req);
      const rows = (await fundingForExport(reader, scope, req.query, EXPORT_CAP)).map(presentFunding);
      const totals = await fundingKindTotals(reader, scope, req.query);
      return sendExport(app, req, reply, {
        fileName: '资金台账',
        notice: '含金额与凭证号，仅限工作使用，请勿外传',
        audit: {
          action: 'funding.export',
          details: { filter: req.query, totals: totals.map((t) => ({ kind: t.kind, amount: t.amount })) },
        },
        sheet: {
          sheetName: '资金台账',
          title: `资金台账${req.query.from || req.query.to ? `（${req.query.from ?? ''} 至 ${req.query.to ?? ''}）` : ''}\u3000${fundingKindTotalsText(totals, 'yuan')}`,
          columns: [
            { key: 'id', header: '记录编号', kind: 'integer' },
            { key: 'occurredOn', header: '日期', kind: 'date' },
            { key: 'enterpriseName', header: '承担单位', kind: 'text', width: 30 },
            { key: 'projectTitle', header: '项目名称', kind: 'text', width: 36 },
            { key: 'projectNo', header: '项目编号', kind: 'code' },
            { key: 'categoryLabel', header: '项目类别', kind: 'text', width: 24 },
            {
              key: 'kind',
              header: '类型',
              kind: 'dict',
              options: Object.entries(FUNDING_KIND_LABELS).map(([value, label]) => ({ value, label })),
            },
            {
              key: 'sourceLevel',
              header: '来源级别',
              kind: 'dict',
              options: Object.entries(FUNDING_SOURCE_LABELS).map(([value, label]) => ({ value, label })),
            },
            { key: 'amount', header: '金额（元）', kind: 'money' },
            { key: 'voucherNo', header: '凭证号', kind: 'code' },
            { key: 'documentNo', header: '文号', kind: 'text', width: 24 },
            { key: 'remark', header: '备注', kind: 'text', width: 30 },
          ],
          rows,
        },
      });
    },
  });

  app.post('/funding', {
    config: { access: 'funding:write' },
    schema: {
      tags,
      summary: '登记资金记录（下达/分配/拨付须注明来源级别，拨付须填凭证号；仅已立项项目）',
      body: ZFundingInput,
      response: { 200: ZFundingRecord },
    },
    handler: async (req) => shown(await createFunding(app.db, contextOf(req), req.body)),
  });

  app.put('/funding/:id', {
    config: { access: 'funding:write' },
    schema: {
      tags,
      summary: '更正资金记录（乐观锁，留痕）',
      params: ZIdParam,
      body: ZUpdateFundingRequest,
      response: { 200: ZFundingRecord },
    },
    handler: async (req) => {
      await updateFunding(app.db, contextOf(req), { id: req.params.id, ...req.body });
      return shown(req.params.id);
    },
  });

  app.get('/applications/:id/funding', {
    config: { access: 'signed-in' },
    schema: {
      tags,
      summary: '某项目的资金记录与合计（申报单位可查看本单位项目）',
      params: ZIdParam,
      response: { 200: ZApplicationFunding },
    },
    handler: async (req) => {
      const { rows, totals } = await readApplicationFunding(app.db, requireAuth(req.auth), req.params.id);
      return { records: rows.map(presentFunding), totals };
    },
  });
}

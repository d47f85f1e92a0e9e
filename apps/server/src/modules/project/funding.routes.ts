import { z } from 'zod';
import {
  FUNDING_KIND_LABELS,
  FUNDING_SOURCE_LABELS,
  ZFundingInput,
  ZFundingListQuery,
  ZFundingRecord,
  ZFundingSummary,
  ZIdParam,
  ZUpdateFundingRequest,
  zPage,
} from '@kechuang/domain';
import { inScope } from '../../platform/auth/region-scope';
import { sendExport } from '../../platform/excel-export/send-export';
import { forbidden, notFound, outOfScope } from '../../platform/errors';
import { actorOf, requireAuth, type App } from '../../platform/http/types';
import { findApplication } from './application.repository';
import { fundingQuery, fundingTotal, presentFunding, withFundingColumns, type FundingRow } from './funding.repository';
import { fundingSummary } from './funding-summary';
import { assertCanReadApplication, assertStaffRegion, projectScope } from './project.policy';
import { createFunding, updateFunding } from './save-funding';

const tags = ['资金台账'];
const EXPORT_CAP = 50_000;

/** The funding ledger: records per project, list with exact totals, period summary traced to records, export. */
export async function fundingRoutes(app: App): Promise<void> {
  const one = async (id: number) =>
    (await withFundingColumns(fundingQuery(app.db, '', {}))
      .where('f.id', '=', id)
      .executeTakeFirst()) as FundingRow | undefined;

  app.get('/funding', {
    config: { access: 'funding:read' },
    schema: {
      tags,
      summary: '资金台账（按项目、单位、类型、来源级别、类别、日期筛选；amountTotal 为筛选结果的精确合计，单位元）',
      querystring: ZFundingListQuery,
      response: { 200: zPage(ZFundingRecord).extend({ amountTotal: z.string() }) },
    },
    handler: async (req) => {
      const auth = requireAuth(req.auth);
      const { current, pageSize, ...filter } = req.query;
      const [rows, count, amountTotal] = await Promise.all([
        withFundingColumns(fundingQuery(app.db, auth.scopePrefix, filter))
          .orderBy('f.occurred_on', 'desc')
          .orderBy('f.id', 'desc')
          .limit(pageSize)
          .offset((current - 1) * pageSize)
          .execute(),
        fundingQuery(app.db, auth.scopePrefix, filter)
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow(),
        fundingTotal(app.db, auth.scopePrefix, filter),
      ]);
      return {
        data: (rows as FundingRow[]).map(presentFunding),
        total: Number(count.n),
        success: true as const,
        amountTotal,
      };
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
    handler: async (req) => fundingSummary(app.db, requireAuth(req.auth).scopePrefix, req.query),
  });

  app.get('/funding/export', {
    config: { access: 'funding:read' },
    schema: {
      tags,
      summary: '导出资金台账 Excel（与列表相同的筛选条件）',
      querystring: ZFundingListQuery.omit({ current: true, pageSize: true }),
    },
    handler: async (req, reply) => {
      const auth = requireAuth(req.auth);
      const rows = (
        (await withFundingColumns(fundingQuery(app.db, auth.scopePrefix, req.query))
          .orderBy('f.occurred_on')
          .orderBy('f.id')
          .limit(EXPORT_CAP)
          .execute()) as FundingRow[]
      ).map(presentFunding);
      const total = await fundingTotal(app.db, auth.scopePrefix, req.query);
      return sendExport(app, req, reply, {
        fileName: '资金台账',
        notice: '含金额与凭证号，仅限工作使用，请勿外传',
        audit: { action: 'funding.export', details: { filter: req.query, total } },
        sheet: {
          sheetName: '资金台账',
          title: `资金台账${req.query.from || req.query.to ? `（${req.query.from ?? ''} 至 ${req.query.to ?? ''}）` : ''}\u3000合计 ${total} 元`,
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
    handler: async (req) => {
      const auth = requireAuth(req.auth);
      const a = await findApplication(app.db, req.body.applicationId);
      if (!a) throw notFound('项目');
      assertStaffRegion(auth, a.region_code);
      const id = await app.db.transaction().execute((trx) => createFunding(trx, actorOf(req), a, req.body));
      return presentFunding((await one(id))!);
    },
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
      const auth = requireAuth(req.auth);
      const r = await one(req.params.id);
      if (!r) throw notFound('资金记录');
      if (!inScope(auth.scopePrefix, r.region_code)) throw outOfScope();
      await app.db.transaction().execute((trx) => updateFunding(trx, actorOf(req), r.id, req.body));
      return presentFunding((await one(r.id))!);
    },
  });

  app.get('/applications/:id/funding', {
    config: { access: 'signed-in' },
    schema: {
      tags,
      summary: '某项目的资金记录与合计（申报单位可查看本单位项目）',
      params: ZIdParam,
      response: { 200: z.object({ records: z.array(ZFundingRecord), totals: z.record(z.string(), z.string()) }) },
    },
    handler: async (req) => {
      const auth = requireAuth(req.auth);
      const a = await findApplication(app.db, req.params.id);
      if (!a) throw notFound('项目');
      const scope = projectScope(auth);
      if (scope.kind === 'assigned') throw forbidden('评审专家不能查看项目资金');
      await assertCanReadApplication(app.db, scope, a);
      const rows = (await withFundingColumns(fundingQuery(app.db, '', { applicationId: a.id }))
        .orderBy('f.occurred_on')
        .orderBy('f.id')
        .execute()) as FundingRow[];
      const totals: Record<string, string> = {};
      for (const kind of Object.keys(FUNDING_KIND_LABELS)) {
        totals[kind] = await fundingTotal(app.db, '', { applicationId: a.id, kind: kind as never });
      }
      return { records: rows.map(presentFunding), totals };
    },
  });
}

import {
  chinaToday,
  type IndicatorReadings,
  ZIndicatorComparison,
  ZIndicatorComparisonQuery,
  ZIndicatorReadings,
  ZIndicatorReadingsQuery,
} from '@kechuang/domain';
import type { Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema';
import { sendExport } from '../../platform/excel-export/send-export';
import { readerFor } from '../../platform/http/read-routing';
import { requireAuth, type App, type AuthContext } from '../../platform/http/types';
import type { z } from 'zod';
import { readComparison } from './read-comparison';
import { readReadings } from './read-readings';
import { rememberedValues } from './remembered-values';
import { rememberUntilChange } from '../../platform/audit/remember-until-change';

const tags = ['指标与目标'];

/** The indicator table of a region, the comparison of its children on one indicator, and the table's export. */
export async function indicatorReadingRoutes(app: App): Promise<void> {
  const asOfNow = rememberUntilChange({ maxEntries: 256 });
  /**
   * The table of a request, remembered until the next audited change (bench/FINDINGS.md F22). It depends on the
   * user's region and scope (the default region, the templates they see), today (the default date) and the query.
   */
  const readingsOf = async (db: Kysely<DB>, auth: AuthContext, query: z.infer<typeof ZIndicatorReadingsQuery>) => {
    const remember = await asOfNow(db);
    const key = ['readings', auth.regionCode, auth.scopePrefix, chinaToday(), query];
    return remember(key, () => readReadings(db, rememberedValues(db, app.collectFacts, remember), auth, query));
  };
  app.get('/indicators/readings', {
    config: { access: 'dashboard:view' },
    schema: {
      tags,
      summary: '指标完成情况：实际值、目标、完成率、序时进度、同比与在同级区划中的排名（只含本区划的数值）',
      querystring: ZIndicatorReadingsQuery,
      response: { 200: ZIndicatorReadings },
    },
    // Sent as the text remembered with the table (checked against its contract once, when made): a province's table
    // names tens of thousands of records, and writing it out again for every open cost more than reading it.
    handler: async (req, reply) => {
      const auth = requireAuth(req.auth);
      const reader = await readerFor(app, req);
      const remember = await asOfNow(reader);
      const key = ['readings-text', auth.regionCode, auth.scopePrefix, chinaToday(), req.query];
      const text = await remember(key, async () =>
        JSON.stringify(ZIndicatorReadings.parse(await readingsOf(reader, auth, req.query))),
      );
      // Fastify sends a JSON text as it is; the cast only tells the route's typing the text is that table.
      return reply.type('application/json; charset=utf-8').send(text as unknown as IndicatorReadings);
    },
  });

  app.get('/indicators/comparison', {
    config: { access: 'dashboard:view' },
    schema: {
      tags,
      summary: '下级区划对比：某项指标各县区（或各市州）的实际值、目标、完成率与排名，合计等于本区划',
      querystring: ZIndicatorComparisonQuery,
      response: { 200: ZIndicatorComparison },
    },
    handler: async (req) => {
      const reader = await readerFor(app, req);
      const valuesOf = rememberedValues(reader, app.collectFacts, await asOfNow(reader));
      return readComparison(reader, valuesOf, requireAuth(req.auth), req.query);
    },
  });

  app.get('/indicators/readings/export', {
    config: { access: 'dashboard:view' },
    schema: { tags, summary: '导出指标完成情况表（Excel，留痕）', querystring: ZIndicatorReadingsQuery },
    handler: async (req, reply) => {
      const r = await readingsOf(await readerFor(app, req), requireAuth(req.auth), req.query);
      const rows = r.rows.map((x) => ({
        ...x,
        rank: x.rankByValue === null ? '' : `${x.rankByValue}/${x.siblingCount}`,
        schedule: x.behindSchedule === null ? '' : x.behindSchedule ? '落后' : '达到或超过',
        sourceText: x.source === 'manual' ? (x.manualSource ?? '未录入') : '业务记录计算',
      }));
      return sendExport(app, req, reply, {
        fileName: `${r.regionName}指标完成情况（${r.period.label}）`,
        audit: { action: 'indicator.readings.export', regionCode: r.regionCode, details: { query: req.query } },
        sheet: {
          sheetName: '指标完成情况',
          title: `${r.regionName}指标完成情况（${r.period.label}，截至 ${r.asOf}，序时进度 ${r.elapsedShare}%）`,
          columns: [
            { key: 'name', header: '指标', kind: 'text', width: 28 },
            { key: 'unit', header: '单位', kind: 'text', width: 8 },
            { key: 'actual', header: '实际值', kind: 'text', width: 16 },
            { key: 'target', header: '年度目标', kind: 'text', width: 16 },
            { key: 'completionRate', header: '完成率（%）', kind: 'text', width: 12 },
            { key: 'schedule', header: '与序时进度相比', kind: 'text', width: 14 },
            { key: 'lastYear', header: '上年同期', kind: 'text', width: 16 },
            { key: 'change', header: '同比增减', kind: 'text', width: 14 },
            { key: 'rank', header: '同级排名', kind: 'text', width: 10 },
            { key: 'sourceText', header: '数据来源', kind: 'text', width: 24 },
          ],
          rows,
        },
      });
    },
  });
}

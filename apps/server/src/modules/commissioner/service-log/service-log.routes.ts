import { z } from 'zod';
import {
  ZIdParam,
  ZMyServiceSummary,
  ZReviewServiceLogRequest,
  ZServiceDayCounter,
  ZServiceDayListQuery,
  ZServiceLog,
  ZServiceLogInput,
  ZServiceLogListQuery,
  ZUpdateServiceLogRequest,
  chinaToday,
  zPage,
} from '@kechuang/domain';
import { regionScopePrefix } from '../../../platform/auth/region-scope';
import { notFound } from '../../../platform/errors';
import { contextOf, requireAuth, type App } from '../../../platform/http/types';
import { PACE_REMINDER_JOB, sendPaceReminders } from './pace-reminders';
import { recordServiceLog } from './record-service-log';
import { reviewServiceLog } from './review-service-log';
import { serviceDayCounters } from './service-day-counters';
import { assertCanReadLog, serviceLogScope } from './service-log.policy';
import { presentServiceLog, presentServiceLogMove } from './service-log.presenter';
import {
  commissionersOfUser,
  enterpriseOptions,
  findServiceLog,
  historyOfLog,
  listServiceLogs,
} from './service-log.repository';
import { sortCounters } from './sort-counters';
import { updateServiceLog } from './update-service-log';

const tags = ['科技特派员服务日志'];
const base = '/commissioner/service-logs';
const ZMove = z.object({
  fromLabel: z.string().nullable(),
  toState: z.string(),
  toLabel: z.string(),
  reason: z.string().nullable(),
  actorName: z.string().nullable(),
  at: z.string(),
});
const ZLogDetail = z.object({ log: ZServiceLog, history: z.array(ZMove) });
const ZOption = z.object({ id: z.number().int(), name: z.string() });
const ZOptionQuery = z.object({ keyword: z.string().trim().max(50, '关键字最多 50 个字').optional() });
const ZMineQuery = z.object({
  year: z.coerce.number().int('年度须为整数').min(2000, '年度不早于 2000').max(2100, '年度不晚于 2100').optional(),
});

/** Service logs and day counters of 科技特派员 (docs/rules.md §5.1.1). */
export async function serviceLogRoutes(app: App): Promise<void> {
  app.jobs.register<{ today?: string }>(PACE_REMINDER_JOB, async (ctx) => ({
    sent: await sendPaceReminders(ctx.db, ctx.payload?.today ?? chinaToday()),
  }));

  app.get(base, {
    config: { access: 'signed-in' },
    schema: {
      tags,
      summary: '服务日志（业务人员：辖区内；科技特派员：本人的）',
      querystring: ZServiceLogListQuery,
      response: { 200: zPage(ZServiceLog) },
    },
    handler: async (req) => {
      const { current, pageSize, ...filter } = req.query;
      const { rows, total } = await listServiceLogs(app.db, serviceLogScope(requireAuth(req.auth)), filter, {
        current,
        pageSize,
      });
      return { data: rows.map(presentServiceLog), total, success: true as const };
    },
  });

  app.get(`${base}/mine`, {
    config: { access: 'commissioner:log' },
    schema: {
      tags,
      summary: '本人的服务天数（默认当年）',
      querystring: ZMineQuery,
      response: { 200: ZMyServiceSummary },
    },
    handler: async (req) => {
      const auth = requireAuth(req.auth);
      const today = chinaToday();
      const year = req.query.year ?? Number(today.slice(0, 4));
      const counters = await serviceDayCounters(app.db, serviceLogScope(auth), { year, today, allStatuses: true });
      return { year, counters };
    },
  });

  app.get(`${base}/enterprise-options`, {
    config: { access: 'commissioner:log' },
    schema: {
      tags,
      summary: '可选的服务企业（本人服务区域内）',
      querystring: ZOptionQuery,
      response: { 200: z.array(ZOption) },
    },
    handler: async (req) => {
      const mine = await commissionersOfUser(app.db, requireAuth(req.auth).userId);
      if (!mine.length) return [];
      return enterpriseOptions(
        app.db,
        mine.map((c) => regionScopePrefix(c.region_code)),
        req.query.keyword,
      );
    },
  });

  app.get(`${base}/:id`, {
    config: { access: 'signed-in' },
    schema: { tags, summary: '服务日志详情与审核记录', params: ZIdParam, response: { 200: ZLogDetail } },
    handler: async (req) => {
      const log = await findServiceLog(app.db, req.params.id);
      if (!log) throw notFound('服务日志');
      assertCanReadLog(requireAuth(req.auth), log);
      const history = await historyOfLog(app.db, log.id);
      return { log: presentServiceLog(log), history: history.map(presentServiceLogMove) };
    },
  });

  app.post(base, {
    config: { access: 'commissioner:log' },
    schema: { tags, summary: '记一次服务（留痕）', body: ZServiceLogInput, response: { 200: ZServiceLog } },
    handler: async (req) => {
      const id = await recordServiceLog(app.db, contextOf(req), req.body);
      return presentServiceLog((await findServiceLog(app.db, id))!);
    },
  });

  app.put(`${base}/:id`, {
    config: { access: 'commissioner:log' },
    schema: {
      tags,
      summary: '修改服务日志，已退回的修改后重新提交（留痕）',
      params: ZIdParam,
      body: ZUpdateServiceLogRequest,
      response: { 200: ZServiceLog },
    },
    handler: async (req) => {
      await updateServiceLog(app.db, contextOf(req), req.params.id, req.body);
      return presentServiceLog((await findServiceLog(app.db, req.params.id))!);
    },
  });

  app.post(`${base}/:id/review`, {
    config: { access: 'commissioner:confirm' },
    schema: {
      tags,
      summary: '确认或退回服务日志（留痕）',
      params: ZIdParam,
      body: ZReviewServiceLogRequest,
      response: { 200: ZServiceLog },
    },
    handler: async (req) => {
      await reviewServiceLog(app.db, contextOf(req), req.params.id, req.body);
      return presentServiceLog((await findServiceLog(app.db, req.params.id))!);
    },
  });

  app.get('/commissioner/service-days', {
    config: { access: 'commissioner:read' },
    schema: {
      tags,
      summary: '辖区科技特派员服务天数进度',
      querystring: ZServiceDayListQuery,
      response: { 200: zPage(ZServiceDayCounter) },
    },
    handler: async (req) => {
      const { current, pageSize, year, behind, keyword, sort, order } = req.query;
      const today = chinaToday();
      let rows = await serviceDayCounters(app.db, serviceLogScope(requireAuth(req.auth)), {
        year: year ?? Number(today.slice(0, 4)),
        today,
      });
      if (behind) rows = rows.filter((r) => r.behind === (behind === 'true'));
      if (keyword) rows = rows.filter((r) => r.name.includes(keyword));
      rows = sortCounters(rows, sort, order);
      const data = rows.slice((current - 1) * pageSize, current * pageSize);
      return { data, total: rows.length, success: true as const };
    },
  });
}

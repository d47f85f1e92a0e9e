import { z } from 'zod';
import {
  chinaToday,
  ZCreateHolidayArrangementRequest,
  ZHolidayArrangement,
  ZOk,
  ZUpdateHolidayArrangementRequest,
} from '@kechuang/domain';
import { listHolidayArrangements } from '../../platform/calendar';
import { actorOf, requireAuth, type App } from '../../platform/http/types';
import { createHolidayArrangement } from './create-holiday-arrangement';
import { deleteHolidayArrangement } from './delete-holiday-arrangement';
import { presentHolidayArrangement } from './holiday-arrangement.presenter';
import { HOLIDAY_TABLE_ALERT_JOB, sendHolidayTableAlerts } from './send-holiday-table-alerts';
import { updateHolidayArrangement } from './update-holiday-arrangement';

const tags = ['节假日安排'];
const ZYearParam = z.object({ year: z.coerce.number().int('年份须为整数') });

/** 节假日安排: the system administrator keeps each year's State Council arrangement; a daily job asks for the next. */
export async function holidayArrangementRoutes(app: App): Promise<void> {
  app.jobs.register<{ today?: string }>(HOLIDAY_TABLE_ALERT_JOB, (ctx) =>
    sendHolidayTableAlerts(ctx.db, ctx.payload?.today ?? chinaToday()),
  );

  app.get('/holiday-arrangements', {
    config: { access: 'system:holiday:manage' },
    schema: { tags, summary: '各年节假日安排（新年份在前）', response: { 200: z.array(ZHolidayArrangement) } },
    handler: async () => (await listHolidayArrangements(app.db)).map(presentHolidayArrangement),
  });

  app.post('/holiday-arrangements', {
    config: { access: 'system:holiday:manage' },
    schema: {
      tags,
      summary: '录入某年节假日安排（按国务院办公厅通知，含调休上班日与通知文号）',
      body: ZCreateHolidayArrangementRequest,
      response: { 200: ZHolidayArrangement },
    },
    handler: async (req) =>
      presentHolidayArrangement(await createHolidayArrangement(app.db, requireAuth(req.auth), actorOf(req), req.body)),
  });

  app.put('/holiday-arrangements/:year', {
    config: { access: 'system:holiday:manage' },
    schema: {
      tags,
      summary: '修改某年节假日安排（带版本号，年份不可改）',
      params: ZYearParam,
      body: ZUpdateHolidayArrangementRequest,
      response: { 200: ZHolidayArrangement },
    },
    handler: async (req) =>
      presentHolidayArrangement(
        await updateHolidayArrangement(app.db, requireAuth(req.auth), actorOf(req), req.params.year, req.body),
      ),
  });

  app.delete('/holiday-arrangements/:year', {
    config: { access: 'system:holiday:manage' },
    schema: {
      tags,
      summary: '删除某年节假日安排（该年改按法定节假日规则推算）',
      params: ZYearParam,
      querystring: z.object({ version: z.coerce.number().int().min(1) }),
      response: { 200: ZOk },
    },
    handler: async (req) => {
      await deleteHolidayArrangement(app.db, actorOf(req), req.params.year, req.query.version);
      return { ok: true as const };
    },
  });
}

import { z } from 'zod';
import {
  ZAddAttendeesRequest,
  ZAttendee,
  ZAttendeeListQuery,
  ZCommissionerOption,
  ZCommissionerOptionQuery,
  ZIdParam,
  ZPopsciBaseOpenDays,
  ZPopsciBaseQuery,
  zPage,
} from '@kechuang/domain';
import { contextOf, requireAuth, type App } from '../../platform/http/types';
import { addEventAttendees } from './add-event-attendees';
import { commissionerOptions, listAttendees } from './attendee.repository';
import { popsciBaseOpenDays } from './popsci-base-open-days';
import { removeEventAttendee } from './remove-event-attendee';
import { serviceEventScope } from './service-event.policy';
import { presentAttendee } from './service-event.presenter';

const tags = ['科技服务活动'];
const ZAttendeeParam = z.object({
  id: z.coerce.number().int().positive(),
  attendeeId: z.coerce.number().int().positive(),
});

/** The attendees (add in bulk, remove, list across events), the commissioner picker and the 科普基地 open days. */
export async function attendeeRoutes(app: App): Promise<void> {
  app.post('/service-event/events/:id/attendees', {
    config: { access: 'service-event:write' },
    schema: {
      tags,
      summary: '添加参加企业（可多选）、科技特派员和其他人员（留痕）',
      params: ZIdParam,
      body: ZAddAttendeesRequest,
      response: { 200: z.object({ added: z.number().int() }) },
    },
    handler: async (req) => addEventAttendees(app.db, contextOf(req), req.params.id, req.body),
  });

  app.delete('/service-event/events/:id/attendees/:attendeeId', {
    config: { access: 'service-event:write' },
    schema: {
      tags,
      summary: '移除参加企业或人员（留痕）',
      params: ZAttendeeParam,
      response: { 200: z.object({ ok: z.literal(true) }) },
    },
    handler: async (req) => {
      await removeEventAttendee(app.db, contextOf(req), req.params.id, req.params.attendeeId);
      return { ok: true as const };
    },
  });

  app.get('/service-event/attendees', {
    config: { access: 'service-event:read' },
    schema: {
      tags,
      summary: '参加企业与人员（跨活动；记录编号、活动、类别筛选，分页）',
      querystring: ZAttendeeListQuery,
      response: { 200: zPage(ZAttendee) },
    },
    handler: async (req) => {
      const { current, pageSize, ...filter } = req.query;
      const scope = serviceEventScope(requireAuth(req.auth));
      const { rows, total } = await listAttendees(app.db, scope, filter, { current, pageSize });
      return { data: rows.map(presentAttendee), total, success: true as const };
    },
  });

  app.get('/service-event/commissioner-options', {
    config: { access: 'service-event:write' },
    schema: {
      tags,
      summary: '可选的科技特派员（按姓名）',
      querystring: ZCommissionerOptionQuery,
      response: { 200: z.array(ZCommissionerOption) },
    },
    handler: async (req) =>
      (await commissionerOptions(app.db, req.query.keyword, requireAuth(req.auth).scopePrefix)).map((c) => ({
        id: c.id,
        name: c.name,
        level: c.level,
        batch: c.batch,
        regionCode: c.region_code,
      })),
  });

  app.get('/service-event/popsci-bases', {
    config: { access: 'service-event:read' },
    schema: {
      tags,
      summary: '科普基地年度开放天数（对照每年开放不少于200天）',
      querystring: ZPopsciBaseQuery,
      response: { 200: z.array(ZPopsciBaseOpenDays) },
    },
    handler: async (req) => popsciBaseOpenDays(app.db, serviceEventScope(requireAuth(req.auth)), req.query.year),
  });
}

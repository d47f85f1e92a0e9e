import {
  ZIdParam,
  ZServiceEvent,
  ZServiceEventDetail,
  ZServiceEventInput,
  ZServiceEventListQuery,
  ZServiceEventTransitionRequest,
  ZUpdateServiceEventRequest,
  zPage,
} from '@kechuang/domain';
import { contextOf, requireAuth, type App } from '../../platform/http/types';
import { createServiceEvent } from './create-service-event';
import { readServiceEventDetail } from './read-service-event';
import { serviceEventScope } from './service-event.policy';
import { presentAttendee, presentHistory, presentServiceEvent } from './service-event.presenter';
import { listServiceEvents } from './service-event.repository';
import { transitionServiceEvent } from './transition-service-event';
import { updateServiceEvent } from './update-service-event';

const tags = ['科技服务活动'];

/** The events: list with filters and paging, detail, create, edit, status moves. Each route calls one function. */
export async function serviceEventRoutes(app: App): Promise<void> {
  app.get('/service-event/events', {
    config: { access: 'service-event:read' },
    schema: {
      tags,
      summary: '科技服务活动列表（关键字、年度、类别、状态、参加的科技特派员、记录编号筛选，分页）',
      querystring: ZServiceEventListQuery,
      response: { 200: zPage(ZServiceEvent) },
    },
    handler: async (req) => {
      const { current, pageSize, ...filter } = req.query;
      const scope = serviceEventScope(requireAuth(req.auth));
      const { rows, total } = await listServiceEvents(app.db, scope, filter, { current, pageSize });
      return { data: rows.map(presentServiceEvent), total, success: true as const };
    },
  });

  app.get('/service-event/events/:id', {
    config: { access: 'service-event:read' },
    schema: {
      tags,
      summary: '科技服务活动详情（含参加企业与人员）',
      params: ZIdParam,
      response: { 200: ZServiceEventDetail },
    },
    handler: async (req) => {
      const { row, attendees, history } = await readServiceEventDetail(app.db, requireAuth(req.auth), req.params.id);
      return {
        ...presentServiceEvent(row),
        attendees: attendees.map(presentAttendee),
        history: history.map(presentHistory),
      };
    },
  });

  app.post('/service-event/events', {
    config: { access: 'service-event:write' },
    schema: { tags, summary: '登记科技服务活动（留痕）', body: ZServiceEventInput, response: { 200: ZServiceEvent } },
    handler: async (req) => presentServiceEvent(await createServiceEvent(app.db, contextOf(req), req.body)),
  });

  app.put('/service-event/events/:id', {
    config: { access: 'service-event:write' },
    schema: {
      tags,
      summary: '修改科技服务活动（乐观锁，留痕）',
      params: ZIdParam,
      body: ZUpdateServiceEventRequest,
      response: { 200: ZServiceEvent },
    },
    handler: async (req) => {
      const { version, ...patch } = req.body;
      const change = { id: req.params.id, version, patch };
      return presentServiceEvent(await updateServiceEvent(app.db, contextOf(req), change));
    },
  });

  app.post('/service-event/events/:id/transition', {
    config: { access: 'service-event:write' },
    schema: {
      tags,
      summary: '活动状态变更：已举办，或取消（须填原因）',
      params: ZIdParam,
      body: ZServiceEventTransitionRequest,
      response: { 200: ZServiceEvent },
    },
    handler: async (req) =>
      presentServiceEvent(await transitionServiceEvent(app.db, contextOf(req), req.params.id, req.body)),
  });
}

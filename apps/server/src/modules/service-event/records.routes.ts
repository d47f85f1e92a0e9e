import {
  ZServiceEventRecord,
  ZServiceEventRecordInput,
  ZServiceEventRecordListQuery,
  ZIdParam,
  ZUpdateServiceEventRecordRequest,
  zPage,
} from '@kechuang/domain';
import { contextOf, requireAuth, type App } from '../../platform/http/types';
import { createServiceEventRecord } from './create-service-event-record';
import { serviceEventScope } from './service-event.policy';
import { presentServiceEventRecord } from './service-event.presenter';
import { listServiceEventRecords } from './service-event.repository';
import { readServiceEventRecord } from './read-service-event-record';
import { updateServiceEventRecord } from './update-service-event-record';

const tags = ['科技服务活动'];

/** The register: list with filters and paging, detail, create, edit. Each route parses, calls one function, presents. */
export async function serviceEventRoutes(app: App): Promise<void> {
  app.get('/service-event/records', {
    config: { access: 'service-event:read' },
    schema: {
      tags,
      summary: '科技服务活动列表（关键字、年度、记录编号筛选，分页）',
      querystring: ZServiceEventRecordListQuery,
      response: { 200: zPage(ZServiceEventRecord) },
    },
    handler: async (req) => {
      const { current, pageSize, ...filter } = req.query;
      const scope = serviceEventScope(requireAuth(req.auth));
      const { rows, total } = await listServiceEventRecords(app.db, scope, filter, { current, pageSize });
      return { data: rows.map(presentServiceEventRecord), total, success: true as const };
    },
  });

  app.get('/service-event/records/:id', {
    config: { access: 'service-event:read' },
    schema: { tags, summary: '科技服务活动详情', params: ZIdParam, response: { 200: ZServiceEventRecord } },
    handler: async (req) =>
      presentServiceEventRecord(await readServiceEventRecord(app.db, requireAuth(req.auth), req.params.id)),
  });

  app.post('/service-event/records', {
    config: { access: 'service-event:write' },
    schema: {
      tags,
      summary: '新增科技服务活动（留痕）',
      body: ZServiceEventRecordInput,
      response: { 200: ZServiceEventRecord },
    },
    handler: async (req) => presentServiceEventRecord(await createServiceEventRecord(app.db, contextOf(req), req.body)),
  });

  app.put('/service-event/records/:id', {
    config: { access: 'service-event:write' },
    schema: {
      tags,
      summary: '修改科技服务活动（乐观锁，留痕）',
      params: ZIdParam,
      body: ZUpdateServiceEventRecordRequest,
      response: { 200: ZServiceEventRecord },
    },
    handler: async (req) => {
      const { version, ...patch } = req.body;
      const change = { id: req.params.id, version, patch };
      return presentServiceEventRecord(await updateServiceEventRecord(app.db, contextOf(req), change));
    },
  });
}

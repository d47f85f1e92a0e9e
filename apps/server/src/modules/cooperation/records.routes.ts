import {
  ZCooperationRecord,
  ZCooperationRecordInput,
  ZCooperationRecordListQuery,
  ZIdParam,
  ZUpdateCooperationRecordRequest,
  zPage,
} from '@kechuang/domain';
import { contextOf, requireAuth, type App } from '../../platform/http/types';
import { createCooperationRecord } from './create-cooperation-record';
import { cooperationScope } from './cooperation.policy';
import { presentCooperationRecord } from './cooperation.presenter';
import { listCooperationRecords } from './cooperation.repository';
import { readCooperationRecord } from './read-cooperation-record';
import { updateCooperationRecord } from './update-cooperation-record';

const tags = ['院地院企合作'];

/** The register: list with filters and paging, detail, create, edit. Each route parses, calls one function, presents. */
export async function cooperationRoutes(app: App): Promise<void> {
  app.get('/cooperation/records', {
    config: { access: 'cooperation:read' },
    schema: {
      tags,
      summary: '院地院企合作列表（关键字、年度、记录编号筛选，分页）',
      querystring: ZCooperationRecordListQuery,
      response: { 200: zPage(ZCooperationRecord) },
    },
    handler: async (req) => {
      const { current, pageSize, ...filter } = req.query;
      const scope = cooperationScope(requireAuth(req.auth));
      const { rows, total } = await listCooperationRecords(app.db, scope, filter, { current, pageSize });
      return { data: rows.map(presentCooperationRecord), total, success: true as const };
    },
  });

  app.get('/cooperation/records/:id', {
    config: { access: 'cooperation:read' },
    schema: { tags, summary: '院地院企合作详情', params: ZIdParam, response: { 200: ZCooperationRecord } },
    handler: async (req) =>
      presentCooperationRecord(await readCooperationRecord(app.db, requireAuth(req.auth), req.params.id)),
  });

  app.post('/cooperation/records', {
    config: { access: 'cooperation:write' },
    schema: {
      tags,
      summary: '新增院地院企合作（留痕）',
      body: ZCooperationRecordInput,
      response: { 200: ZCooperationRecord },
    },
    handler: async (req) => presentCooperationRecord(await createCooperationRecord(app.db, contextOf(req), req.body)),
  });

  app.put('/cooperation/records/:id', {
    config: { access: 'cooperation:write' },
    schema: {
      tags,
      summary: '修改院地院企合作（乐观锁，留痕）',
      params: ZIdParam,
      body: ZUpdateCooperationRecordRequest,
      response: { 200: ZCooperationRecord },
    },
    handler: async (req) => {
      const { version, ...patch } = req.body;
      const change = { id: req.params.id, version, patch };
      return presentCooperationRecord(await updateCooperationRecord(app.db, contextOf(req), change));
    },
  });
}

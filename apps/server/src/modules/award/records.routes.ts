import {
  ZAwardRecord,
  ZAwardRecordInput,
  ZAwardRecordListQuery,
  ZIdParam,
  ZUpdateAwardRecordRequest,
  zPage,
} from '@kechuang/domain';
import { contextOf, requireAuth, type App } from '../../platform/http/types';
import { createAwardRecord } from './create-award-record';
import { awardScope } from './award.policy';
import { presentAwardRecord } from './award.presenter';
import { listAwardRecords } from './award.repository';
import { readAwardRecord } from './read-award-record';
import { updateAwardRecord } from './update-award-record';

const tags = ['奖励与赛事'];

/** The register: list with filters and paging, detail, create, edit. Each route parses, calls one function, presents. */
export async function awardRoutes(app: App): Promise<void> {
  app.get('/award/records', {
    config: { access: 'award:read' },
    schema: {
      tags,
      summary: '奖励与赛事列表（关键字、年度、记录编号筛选，分页）',
      querystring: ZAwardRecordListQuery,
      response: { 200: zPage(ZAwardRecord) },
    },
    handler: async (req) => {
      const { current, pageSize, ...filter } = req.query;
      const scope = awardScope(requireAuth(req.auth));
      const { rows, total } = await listAwardRecords(app.db, scope, filter, { current, pageSize });
      return { data: rows.map(presentAwardRecord), total, success: true as const };
    },
  });

  app.get('/award/records/:id', {
    config: { access: 'award:read' },
    schema: { tags, summary: '奖励与赛事详情', params: ZIdParam, response: { 200: ZAwardRecord } },
    handler: async (req) => presentAwardRecord(await readAwardRecord(app.db, requireAuth(req.auth), req.params.id)),
  });

  app.post('/award/records', {
    config: { access: 'award:write' },
    schema: { tags, summary: '新增奖励与赛事（留痕）', body: ZAwardRecordInput, response: { 200: ZAwardRecord } },
    handler: async (req) => presentAwardRecord(await createAwardRecord(app.db, contextOf(req), req.body)),
  });

  app.put('/award/records/:id', {
    config: { access: 'award:write' },
    schema: {
      tags,
      summary: '修改奖励与赛事（乐观锁，留痕）',
      params: ZIdParam,
      body: ZUpdateAwardRecordRequest,
      response: { 200: ZAwardRecord },
    },
    handler: async (req) => {
      const { version, ...patch } = req.body;
      const change = { id: req.params.id, version, patch };
      return presentAwardRecord(await updateAwardRecord(app.db, contextOf(req), change));
    },
  });
}

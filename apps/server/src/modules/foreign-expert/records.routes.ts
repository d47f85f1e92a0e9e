import {
  ZForeignExpertRecord,
  ZForeignExpertRecordInput,
  ZForeignExpertRecordListQuery,
  ZIdParam,
  ZUpdateForeignExpertRecordRequest,
  zPage,
} from '@kechuang/domain';
import { contextOf, requireAuth, type App } from '../../platform/http/types';
import { createForeignExpertRecord } from './create-foreign-expert-record';
import { foreignExpertScope } from './foreign-expert.policy';
import { presentForeignExpertRecord } from './foreign-expert.presenter';
import { listForeignExpertRecords } from './foreign-expert.repository';
import { readForeignExpertRecord } from './read-foreign-expert-record';
import { updateForeignExpertRecord } from './update-foreign-expert-record';

const tags = ['外国专家'];

/** The register: list with filters and paging, detail, create, edit. Each route parses, calls one function, presents. */
export async function foreignExpertRoutes(app: App): Promise<void> {
  app.get('/foreign-expert/records', {
    config: { access: 'foreign-expert:read' },
    schema: {
      tags,
      summary: '外国专家列表（关键字、年度、记录编号筛选，分页）',
      querystring: ZForeignExpertRecordListQuery,
      response: { 200: zPage(ZForeignExpertRecord) },
    },
    handler: async (req) => {
      const { current, pageSize, ...filter } = req.query;
      const scope = foreignExpertScope(requireAuth(req.auth));
      const { rows, total } = await listForeignExpertRecords(app.db, scope, filter, { current, pageSize });
      return { data: rows.map(presentForeignExpertRecord), total, success: true as const };
    },
  });

  app.get('/foreign-expert/records/:id', {
    config: { access: 'foreign-expert:read' },
    schema: { tags, summary: '外国专家详情', params: ZIdParam, response: { 200: ZForeignExpertRecord } },
    handler: async (req) =>
      presentForeignExpertRecord(await readForeignExpertRecord(app.db, requireAuth(req.auth), req.params.id)),
  });

  app.post('/foreign-expert/records', {
    config: { access: 'foreign-expert:write' },
    schema: {
      tags,
      summary: '新增外国专家（留痕）',
      body: ZForeignExpertRecordInput,
      response: { 200: ZForeignExpertRecord },
    },
    handler: async (req) =>
      presentForeignExpertRecord(await createForeignExpertRecord(app.db, contextOf(req), req.body)),
  });

  app.put('/foreign-expert/records/:id', {
    config: { access: 'foreign-expert:write' },
    schema: {
      tags,
      summary: '修改外国专家（乐观锁，留痕）',
      params: ZIdParam,
      body: ZUpdateForeignExpertRecordRequest,
      response: { 200: ZForeignExpertRecord },
    },
    handler: async (req) => {
      const { version, ...patch } = req.body;
      const change = { id: req.params.id, version, patch };
      return presentForeignExpertRecord(await updateForeignExpertRecord(app.db, contextOf(req), change));
    },
  });
}

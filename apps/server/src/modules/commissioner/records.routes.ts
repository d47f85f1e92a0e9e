import {
  ZCommissionerRecord,
  ZCommissionerRecordInput,
  ZCommissionerRecordListQuery,
  ZIdParam,
  ZUpdateCommissionerRecordRequest,
  zPage,
} from '@kechuang/domain';
import { contextOf, requireAuth, type App } from '../../platform/http/types';
import { createCommissionerRecord } from './create-commissioner-record';
import { commissionerScope } from './commissioner.policy';
import { presentCommissionerRecord } from './commissioner.presenter';
import { listCommissionerRecords } from './commissioner.repository';
import { readCommissionerRecord } from './read-commissioner-record';
import { updateCommissionerRecord } from './update-commissioner-record';

const tags = ['科技特派员'];

/** The register: list with filters and paging, detail, create, edit. Each route parses, calls one function, presents. */
export async function commissionerRoutes(app: App): Promise<void> {
  app.get('/commissioner/records', {
    config: { access: 'commissioner:read' },
    schema: {
      tags,
      summary: '科技特派员列表（关键字、年度、记录编号筛选，分页）',
      querystring: ZCommissionerRecordListQuery,
      response: { 200: zPage(ZCommissionerRecord) },
    },
    handler: async (req) => {
      const { current, pageSize, ...filter } = req.query;
      const scope = commissionerScope(requireAuth(req.auth));
      const { rows, total } = await listCommissionerRecords(app.db, scope, filter, { current, pageSize });
      return { data: rows.map(presentCommissionerRecord), total, success: true as const };
    },
  });

  app.get('/commissioner/records/:id', {
    config: { access: 'commissioner:read' },
    schema: { tags, summary: '科技特派员详情', params: ZIdParam, response: { 200: ZCommissionerRecord } },
    handler: async (req) =>
      presentCommissionerRecord(await readCommissionerRecord(app.db, requireAuth(req.auth), req.params.id)),
  });

  app.post('/commissioner/records', {
    config: { access: 'commissioner:write' },
    schema: {
      tags,
      summary: '新增科技特派员（留痕）',
      body: ZCommissionerRecordInput,
      response: { 200: ZCommissionerRecord },
    },
    handler: async (req) => presentCommissionerRecord(await createCommissionerRecord(app.db, contextOf(req), req.body)),
  });

  app.put('/commissioner/records/:id', {
    config: { access: 'commissioner:write' },
    schema: {
      tags,
      summary: '修改科技特派员（乐观锁，留痕）',
      params: ZIdParam,
      body: ZUpdateCommissionerRecordRequest,
      response: { 200: ZCommissionerRecord },
    },
    handler: async (req) => {
      const { version, ...patch } = req.body;
      const change = { id: req.params.id, version, patch };
      return presentCommissionerRecord(await updateCommissionerRecord(app.db, contextOf(req), change));
    },
  });
}

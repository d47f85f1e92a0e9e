import {
  ZLiaisonRecord,
  ZLiaisonRecordInput,
  ZLiaisonRecordListQuery,
  ZIdParam,
  ZUpdateLiaisonRecordRequest,
  zPage,
} from '@kechuang/domain';
import { contextOf, requireAuth, type App } from '../../platform/http/types';
import { createLiaisonRecord } from './create-liaison-record';
import { liaisonScope } from './liaison.policy';
import { presentLiaisonRecord } from './liaison.presenter';
import { listLiaisonRecords } from './liaison.repository';
import { readLiaisonRecord } from './read-liaison-record';
import { updateLiaisonRecord } from './update-liaison-record';

const tags = ['干部包企业'];

/** The register: list with filters and paging, detail, create, edit. Each route parses, calls one function, presents. */
export async function liaisonRoutes(app: App): Promise<void> {
  app.get('/liaison/records', {
    config: { access: 'liaison:read' },
    schema: {
      tags,
      summary: '干部包企业列表（关键字、年度、记录编号筛选，分页）',
      querystring: ZLiaisonRecordListQuery,
      response: { 200: zPage(ZLiaisonRecord) },
    },
    handler: async (req) => {
      const { current, pageSize, ...filter } = req.query;
      const scope = liaisonScope(requireAuth(req.auth));
      const { rows, total } = await listLiaisonRecords(app.db, scope, filter, { current, pageSize });
      return { data: rows.map(presentLiaisonRecord), total, success: true as const };
    },
  });

  app.get('/liaison/records/:id', {
    config: { access: 'liaison:read' },
    schema: { tags, summary: '干部包企业详情', params: ZIdParam, response: { 200: ZLiaisonRecord } },
    handler: async (req) => presentLiaisonRecord(await readLiaisonRecord(app.db, requireAuth(req.auth), req.params.id)),
  });

  app.post('/liaison/records', {
    config: { access: 'liaison:write' },
    schema: { tags, summary: '新增干部包企业（留痕）', body: ZLiaisonRecordInput, response: { 200: ZLiaisonRecord } },
    handler: async (req) => presentLiaisonRecord(await createLiaisonRecord(app.db, contextOf(req), req.body)),
  });

  app.put('/liaison/records/:id', {
    config: { access: 'liaison:write' },
    schema: {
      tags,
      summary: '修改干部包企业（乐观锁，留痕）',
      params: ZIdParam,
      body: ZUpdateLiaisonRecordRequest,
      response: { 200: ZLiaisonRecord },
    },
    handler: async (req) => {
      const { version, ...patch } = req.body;
      const change = { id: req.params.id, version, patch };
      return presentLiaisonRecord(await updateLiaisonRecord(app.db, contextOf(req), change));
    },
  });
}

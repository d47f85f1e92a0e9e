import {
  ZTechPlatformRecord,
  ZTechPlatformRecordInput,
  ZTechPlatformRecordListQuery,
  ZIdParam,
  ZUpdateTechPlatformRecordRequest,
  zPage,
} from '@kechuang/domain';
import { contextOf, requireAuth, type App } from '../../platform/http/types';
import { createTechPlatformRecord } from './create-tech-platform-record';
import { techPlatformScope } from './tech-platform.policy';
import { presentTechPlatformRecord } from './tech-platform.presenter';
import { listTechPlatformRecords } from './tech-platform.repository';
import { readTechPlatformRecord } from './read-tech-platform-record';
import { updateTechPlatformRecord } from './update-tech-platform-record';

const tags = ['创新平台'];

/** The register: list with filters and paging, detail, create, edit. Each route parses, calls one function, presents. */
export async function techPlatformRoutes(app: App): Promise<void> {
  app.get('/tech-platform/records', {
    config: { access: 'tech-platform:read' },
    schema: {
      tags,
      summary: '创新平台列表（关键字、年度、记录编号筛选，分页）',
      querystring: ZTechPlatformRecordListQuery,
      response: { 200: zPage(ZTechPlatformRecord) },
    },
    handler: async (req) => {
      const { current, pageSize, ...filter } = req.query;
      const scope = techPlatformScope(requireAuth(req.auth));
      const { rows, total } = await listTechPlatformRecords(app.db, scope, filter, { current, pageSize });
      return { data: rows.map(presentTechPlatformRecord), total, success: true as const };
    },
  });

  app.get('/tech-platform/records/:id', {
    config: { access: 'tech-platform:read' },
    schema: { tags, summary: '创新平台详情', params: ZIdParam, response: { 200: ZTechPlatformRecord } },
    handler: async (req) =>
      presentTechPlatformRecord(await readTechPlatformRecord(app.db, requireAuth(req.auth), req.params.id)),
  });

  app.post('/tech-platform/records', {
    config: { access: 'tech-platform:write' },
    schema: {
      tags,
      summary: '新增创新平台（留痕）',
      body: ZTechPlatformRecordInput,
      response: { 200: ZTechPlatformRecord },
    },
    handler: async (req) => presentTechPlatformRecord(await createTechPlatformRecord(app.db, contextOf(req), req.body)),
  });

  app.put('/tech-platform/records/:id', {
    config: { access: 'tech-platform:write' },
    schema: {
      tags,
      summary: '修改创新平台（乐观锁，留痕）',
      params: ZIdParam,
      body: ZUpdateTechPlatformRecordRequest,
      response: { 200: ZTechPlatformRecord },
    },
    handler: async (req) => {
      const { version, ...patch } = req.body;
      const change = { id: req.params.id, version, patch };
      return presentTechPlatformRecord(await updateTechPlatformRecord(app.db, contextOf(req), change));
    },
  });
}

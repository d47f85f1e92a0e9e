import { z } from 'zod';
import { ZCreateDictTypeRequest, ZDictItem, ZDictType, ZIdParam, ZUpsertDictItemRequest } from '@kechuang/domain';
import { contextOf, type App } from '../../platform/http/types';
import { createDictItem } from './create-dict-item';
import { createDictType } from './create-dict-type';
import { presentDictItem, presentDictType } from './dict.presenter';
import { listDictItems, listDictTypes } from './dict.repository';
import { updateDictItem } from './update-dict-item';

const tags = ['字典管理'];

/** 字典: every signed-in user reads items (selects, ProTable valueEnum, Excel dropdowns); the system admin edits. */
export async function dictRoutes(app: App): Promise<void> {
  app.get('/dicts', {
    config: { access: 'signed-in' },
    schema: { tags, summary: '字典类型', response: { 200: z.array(ZDictType) } },
    handler: async () => (await listDictTypes(app.db)).map(presentDictType),
  });

  app.get('/dicts/:type/items', {
    config: { access: 'signed-in' },
    schema: {
      tags,
      summary: '字典项（默认仅启用项）',
      params: z.object({ type: z.string() }),
      querystring: z.object({ all: z.coerce.boolean().optional() }),
      response: { 200: z.array(ZDictItem) },
    },
    handler: async (req) => (await listDictItems(app.db, req.params.type, !!req.query.all)).map(presentDictItem),
  });

  app.post('/dicts', {
    config: { access: 'system:dict:manage' },
    schema: { tags, summary: '新增字典类型', body: ZCreateDictTypeRequest, response: { 200: ZDictType } },
    handler: async (req) => presentDictType(await createDictType(app.db, contextOf(req), req.body)),
  });

  app.post('/dicts/:type/items', {
    config: { access: 'system:dict:manage' },
    schema: {
      tags,
      summary: '新增字典项',
      params: z.object({ type: z.string() }),
      body: ZUpsertDictItemRequest,
      response: { 200: ZDictItem },
    },
    handler: async (req) =>
      presentDictItem(await createDictItem(app.db, contextOf(req), { typeCode: req.params.type, ...req.body })),
  });

  app.put('/dict-items/:id', {
    config: { access: 'system:dict:manage' },
    schema: {
      tags,
      summary: '修改字典项（值不可改，停用代替删除）',
      params: ZIdParam,
      body: ZUpsertDictItemRequest,
      response: { 200: ZDictItem },
    },
    handler: async (req) =>
      presentDictItem(await updateDictItem(app.db, contextOf(req), { id: req.params.id, ...req.body })),
  });
}

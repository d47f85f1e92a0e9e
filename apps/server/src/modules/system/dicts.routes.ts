import { z } from 'zod';
import { ZCreateDictTypeRequest, ZDictItem, ZDictType, ZIdParam, ZUpsertDictItemRequest } from '@kechuang/domain';
import { writeAudit } from '../../platform/audit/audit.writer';
import { updateVersioned } from '../../platform/db/versioned-update';
import { AppError, notFound } from '../../platform/errors';
import { actorOf, requireAuth, type App } from '../../platform/http/types';
import type { Selectable } from 'kysely';
import type { DictItemTable } from '../../platform/db/schema';

const tags = ['字典管理'];

const presentItem = (r: Selectable<DictItemTable>) => ({
  id: r.id,
  typeCode: r.type_code,
  value: r.value,
  label: r.label,
  parentValue: r.parent_value,
  sort: r.sort,
  status: r.status,
  version: r.version,
});

/** 字典: every signed-in user reads items (selects, ProTable valueEnum, Excel dropdowns); the system admin edits. */
export async function dictRoutes(app: App): Promise<void> {
  app.get('/dicts', {
    config: { access: 'signed-in' },
    schema: { tags, summary: '字典类型', response: { 200: z.array(ZDictType) } },
    handler: async () => {
      const rows = await app.db.selectFrom('dict_type').selectAll().orderBy('code').execute();
      return rows.map((r) => ({
        code: r.code,
        name: r.name,
        builtin: r.builtin,
        remark: r.remark,
        version: r.version,
      }));
    },
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
    handler: async (req) => {
      let q = app.db.selectFrom('dict_item').selectAll().where('type_code', '=', req.params.type);
      if (!req.query.all) q = q.where('status', '=', 'active');
      return (await q.orderBy('sort').orderBy('id').execute()).map(presentItem);
    },
  });

  app.post('/dicts', {
    config: { access: 'system:dict:manage' },
    schema: { tags, summary: '新增字典类型', body: ZCreateDictTypeRequest, response: { 200: ZDictType } },
    handler: async (req) => {
      const exists = await app.db
        .selectFrom('dict_type')
        .select('code')
        .where('code', '=', req.body.code)
        .executeTakeFirst();
      if (exists) {
        throw new AppError('CONFLICT', `字典编码“${req.body.code}”已存在`, [
          { field: 'code', message: '字典编码已存在' },
        ]);
      }
      const row = await app.db.transaction().execute(async (trx) => {
        const r = await trx
          .insertInto('dict_type')
          .values({
            code: req.body.code,
            name: req.body.name,
            remark: req.body.remark ?? null,
            updated_by: req.auth!.userId,
          })
          .returningAll()
          .executeTakeFirstOrThrow();
        await writeAudit(trx, actorOf(req), {
          action: 'dict.create',
          objectType: 'dict_type',
          objectId: r.code,
          after: r,
        });
        return r;
      });
      return { code: row.code, name: row.name, builtin: row.builtin, remark: row.remark, version: row.version };
    },
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
    handler: async (req) => {
      const type = await app.db
        .selectFrom('dict_type')
        .select('code')
        .where('code', '=', req.params.type)
        .executeTakeFirst();
      if (!type) throw notFound('字典类型');
      const dup = await app.db
        .selectFrom('dict_item')
        .select('id')
        .where('type_code', '=', req.params.type)
        .where('value', '=', req.body.value)
        .executeTakeFirst();
      if (dup) {
        throw new AppError('CONFLICT', `字典值“${req.body.value}”已存在`, [
          { field: 'value', message: '字典值已存在' },
        ]);
      }
      const row = await app.db.transaction().execute(async (trx) => {
        const r = await trx
          .insertInto('dict_item')
          .values({
            type_code: req.params.type,
            value: req.body.value,
            label: req.body.label,
            parent_value: req.body.parentValue ?? null,
            sort: req.body.sort,
            status: req.body.status,
            updated_by: req.auth!.userId,
          })
          .returningAll()
          .executeTakeFirstOrThrow();
        await writeAudit(trx, actorOf(req), {
          action: 'dict-item.create',
          objectType: 'dict_item',
          objectId: r.id,
          after: r,
        });
        return r;
      });
      return presentItem(row);
    },
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
    handler: async (req) => {
      const auth = requireAuth(req.auth);
      if (!req.body.version) {
        throw new AppError('VALIDATION_FAILED', '缺少版本号 version', [{ field: 'version', message: '缺少版本号' }]);
      }
      const current = await app.db
        .selectFrom('dict_item')
        .select('value')
        .where('id', '=', req.params.id)
        .executeTakeFirst();
      if (!current) throw notFound('字典项');
      if (current.value !== req.body.value) {
        throw new AppError('VALIDATION_FAILED', '字典值被业务数据引用，不能修改；如需更换请新增字典项并停用旧项');
      }
      const after = await app.db.transaction().execute(async (trx) => {
        const res = await updateVersioned<Selectable<DictItemTable>>(trx, {
          table: 'dict_item',
          key: 'id',
          id: req.params.id,
          version: req.body.version!,
          set: {
            label: req.body.label,
            parent_value: req.body.parentValue ?? null,
            sort: req.body.sort,
            status: req.body.status,
          },
          what: '字典项',
          userId: auth.userId,
        });
        await writeAudit(trx, actorOf(req), {
          action: 'dict-item.update',
          objectType: 'dict_item',
          objectId: req.params.id,
          before: res.before,
          after: res.after,
        });
        return res.after;
      });
      return presentItem(after);
    },
  });
}

import { z } from 'zod';
import { sql, type Selectable } from 'kysely';
import { ZCreateRegionRequest, ZIndustry, ZRegion, ZRegionQuery, ZUpdateRegionRequest } from '@kechuang/domain';
import { writeAudit } from '../../platform/audit/audit.writer';
import { inScope } from '../../platform/auth/region-scope';
import type { RegionTable } from '../../platform/db/schema';
import { updateVersioned } from '../../platform/db/versioned-update';
import { AppError, notFound, outOfScope } from '../../platform/errors';
import { actorOf, requireAuth, type App } from '../../platform/http/types';

const tags = ['区划与行业'];
const LEVEL_BELOW: Record<string, RegionTable['level']> = { province: 'city', city: 'county', county: 'township' };

const present = (r: Selectable<RegionTable> & { has_children: boolean }) => ({
  code: r.code,
  name: r.name,
  level: r.level,
  parentCode: r.parent_code,
  validFrom: r.valid_from,
  validTo: r.valid_to,
  hasChildren: r.has_children,
  version: r.version,
});

const hasChildren = sql<boolean>`exists (select 1 from region c where c.parent_code = region.code)`;

/** The region tree (GB/T 2260 + 统计用区划代码 for townships) and the industry tree (GB/T 4754-2017). */
export async function regionRoutes(app: App): Promise<void> {
  app.get('/regions', {
    config: { access: 'signed-in' },
    schema: {
      tags,
      summary: '区划：某级的下级（不带 parent 为省级），或按名称/代码搜索',
      querystring: ZRegionQuery,
      response: { 200: z.array(ZRegion) },
    },
    handler: async (req) => {
      let q = app.db.selectFrom('region').selectAll().select(hasChildren.as('has_children'));
      if (req.query.keyword) {
        q = q
          .where((eb) =>
            eb.or([eb('name', 'like', `%${req.query.keyword}%`), eb('code', 'like', `${req.query.keyword}%`)]),
          )
          .limit(50);
      } else q = req.query.parent ? q.where('parent_code', '=', req.query.parent) : q.where('level', '=', 'province');
      if (!req.query.includeExpired) {
        q = q.where((eb) => eb.or([eb('valid_to', 'is', null), eb('valid_to', '>', sql<string>`current_date`)]));
      }
      return (await q.orderBy('code').execute()).map(present);
    },
  });

  app.post('/regions', {
    config: { access: 'system:region:manage' },
    schema: { tags, summary: '新增区划（如新设乡镇）', body: ZCreateRegionRequest, response: { 200: ZRegion } },
    handler: async (req) => {
      const auth = requireAuth(req.auth);
      const b = req.body;
      if (!inScope(auth.scopePrefix, b.parentCode)) throw outOfScope();
      const parent = await app.db.selectFrom('region').selectAll().where('code', '=', b.parentCode).executeTakeFirst();
      if (!parent) {
        throw new AppError('VALIDATION_FAILED', '上级区划不存在', [{ field: 'parentCode', message: '上级区划不存在' }]);
      }
      const level = LEVEL_BELOW[parent.level];
      if (!level) {
        throw new AppError('VALIDATION_FAILED', '乡镇以下不再细分', [
          { field: 'parentCode', message: '乡镇以下不再细分' },
        ]);
      }
      const prefixLen = { city: 2, county: 4, township: 6 }[level as 'city'];
      const expectLen = level === 'township' ? 12 : 6;
      if (b.code.length !== expectLen || !b.code.startsWith(parent.code.slice(0, prefixLen))) {
        const message = `${level === 'township' ? '乡镇' : '下级区划'}代码须为 ${expectLen} 位，且以上级代码 ${parent.code.slice(0, prefixLen)} 开头`;
        throw new AppError('VALIDATION_FAILED', message, [{ field: 'code', message }]);
      }
      const dup = await app.db.selectFrom('region').select('code').where('code', '=', b.code).executeTakeFirst();
      if (dup) {
        throw new AppError('CONFLICT', `区划代码 ${b.code} 已存在（停用的代码不得重复使用）`, [
          { field: 'code', message: '区划代码已存在' },
        ]);
      }
      const row = await app.db.transaction().execute(async (trx) => {
        const r = await trx
          .insertInto('region')
          .values({
            code: b.code,
            name: b.name,
            level,
            parent_code: parent.code,
            valid_from: b.validFrom,
            valid_to: null,
            updated_by: auth.userId,
          })
          .returningAll()
          .executeTakeFirstOrThrow();
        await writeAudit(trx, actorOf(req), {
          action: 'region.create',
          objectType: 'region',
          objectId: r.code,
          regionCode: r.code,
          after: r,
        });
        return r;
      });
      return present({ ...row, has_children: false });
    },
  });

  app.put('/regions/:code', {
    config: { access: 'system:region:manage' },
    schema: {
      tags,
      summary: '修改区划名称或设置失效日期（代码不可改）',
      params: z.object({ code: z.string() }),
      body: ZUpdateRegionRequest,
      response: { 200: ZRegion },
    },
    handler: async (req) => {
      const auth = requireAuth(req.auth);
      if (!inScope(auth.scopePrefix, req.params.code)) throw outOfScope();
      const current = await app.db
        .selectFrom('region')
        .select(['valid_from'])
        .where('code', '=', req.params.code)
        .executeTakeFirst();
      if (!current) throw notFound('区划');
      if (req.body.validTo && req.body.validTo < current.valid_from) {
        throw new AppError('VALIDATION_FAILED', '失效日期不能早于生效日期', [
          { field: 'validTo', message: '失效日期不能早于生效日期' },
        ]);
      }
      const after = await app.db.transaction().execute(async (trx) => {
        const res = await updateVersioned<Selectable<RegionTable>>(trx, {
          table: 'region',
          key: 'code',
          id: req.params.code,
          version: req.body.version,
          set: { name: req.body.name, valid_to: req.body.validTo },
          what: '区划',
          userId: auth.userId,
        });
        await writeAudit(trx, actorOf(req), {
          action: 'region.update',
          objectType: 'region',
          objectId: req.params.code,
          regionCode: req.params.code,
          before: res.before,
          after: res.after,
        });
        return res.after;
      });
      const kids = await app.db
        .selectFrom('region')
        .select('code')
        .where('parent_code', '=', after.code)
        .limit(1)
        .execute();
      return present({ ...after, has_children: kids.length > 0 });
    },
  });

  app.get('/industries', {
    config: { access: 'signed-in' },
    schema: {
      tags,
      summary: '国民经济行业分类：某类的下级（不带 parent 为门类），或搜索',
      querystring: z.object({ parent: z.string().optional(), keyword: z.string().trim().optional() }),
      response: { 200: z.array(ZIndustry) },
    },
    handler: async (req) => {
      let q = app.db.selectFrom('industry').selectAll();
      if (req.query.keyword) {
        q = q
          .where((eb) =>
            eb.or([eb('name', 'like', `%${req.query.keyword}%`), eb('code', 'like', `${req.query.keyword}%`)]),
          )
          .limit(50);
      } else q = req.query.parent ? q.where('parent_code', '=', req.query.parent) : q.where('level', '=', 1);
      return (await q.orderBy('code').execute()).map((r) => ({
        code: r.code,
        name: r.name,
        level: r.level,
        parentCode: r.parent_code,
      }));
    },
  });
}

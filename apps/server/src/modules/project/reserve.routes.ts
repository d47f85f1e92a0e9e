import { sql, type Selectable } from 'kysely';
import {
  PROJECT_CATEGORY_LABELS,
  RESERVE_STATUS_LABELS,
  ZApplication,
  ZIdParam,
  ZPromoteReserveRequest,
  ZReserve,
  ZReserveInput,
  ZReserveListQuery,
  ZUpdateReserveRequest,
  zPage,
  type ReserveStatus,
} from '@kechuang/domain';
import { AppError, forbidden, notFound } from '../../platform/errors';
import { actorOf, requireAuth, type App, type AuthContext } from '../../platform/http/types';
import { findApplication } from './application.repository';
import { filesOf, findCall } from './call.repository';
import { assertStaffRegion } from './project.policy';
import { presentApplication } from './project.presenter';
import type { ProjectReserveTable } from './project.tables';
import { createReserve, promoteReserve, updateReserve } from './save-reserve';
import { codeStartsWith } from '../../platform/db/code-prefix';

const tags = ['储备库'];
type ReserveRow = Selectable<ProjectReserveTable> & { enterprise_name: string; category_label: string | null };

const present = (r: ReserveRow) => ({
  id: r.id,
  enterpriseId: r.enterprise_id,
  enterpriseName: r.enterprise_name,
  title: r.title,
  category: r.category,
  categoryLabel: r.category_label ?? PROJECT_CATEGORY_LABELS[r.category] ?? r.category,
  plannedYear: r.planned_year,
  summary: r.summary,
  estimatedAmount: r.estimated_amount,
  contact: r.contact,
  status: r.status as ReserveStatus,
  statusLabel: RESERVE_STATUS_LABELS[r.status as ReserveStatus] ?? r.status,
  applicationId: r.application_id,
  updatedAt: r.updated_at.toISOString(),
  version: r.version,
});

/** 储备库: ideas planned with enterprises before a call opens, promoted into draft applications when it does. */
export async function reserveRoutes(app: App): Promise<void> {
  const base = () =>
    app.db
      .selectFrom('project_reserve as r')
      .innerJoin('enterprise as e', 'e.id', 'r.enterprise_id')
      .selectAll('r')
      .select([
        'e.name as enterprise_name',
        sql<
          string | null
        >`(select d.label from dict_item d where d.type_code = 'project_category' and d.value = r.category)`.as(
          'category_label',
        ),
      ]);
  const one = async (auth: AuthContext, id: number) => {
    const r = (await base().where('r.id', '=', id).executeTakeFirst()) as ReserveRow | undefined;
    if (!r) throw notFound('储备项目');
    assertStaffRegion(auth, r.region_code);
    return r;
  };

  app.get('/reserve', {
    config: { access: 'signed-in' },
    schema: {
      tags,
      summary: '储备项目列表（企业用户仅见本单位）',
      querystring: ZReserveListQuery,
      response: { 200: zPage(ZReserve) },
    },
    handler: async (req) => {
      const auth = requireAuth(req.auth);
      const { current, pageSize, status, category, plannedYear, enterpriseId, keyword } = req.query;
      let q = base();
      if (auth.permissions.has('project:read')) q = q.where(codeStartsWith('r.region_code', auth.scopePrefix));
      else if (auth.permissions.has('project:apply') && auth.enterpriseId) {
        q = q.where('r.enterprise_id', '=', auth.enterpriseId);
      } else throw forbidden();
      if (status) q = q.where('r.status', '=', status);
      if (category) q = q.where('r.category', '=', category);
      if (plannedYear) q = q.where('r.planned_year', '=', plannedYear);
      if (enterpriseId) q = q.where('r.enterprise_id', '=', enterpriseId);
      if (keyword) {
        q = q.where((eb) => eb.or([eb('r.title', 'like', `%${keyword}%`), eb('e.name', 'like', `%${keyword}%`)]));
      }
      const rows = (await q
        .orderBy('r.planned_year', 'desc')
        .orderBy('r.id', 'desc')
        .limit(pageSize)
        .offset((current - 1) * pageSize)
        .execute()) as ReserveRow[];
      const total = await q
        .clearSelect()
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow();
      return { data: rows.map(present), total: Number(total.n), success: true as const };
    },
  });

  app.post('/reserve', {
    config: { access: 'project:write' },
    schema: { tags, summary: '新增储备项目（与企业共同谋划）', body: ZReserveInput, response: { 200: ZReserve } },
    handler: async (req) => {
      const auth = requireAuth(req.auth);
      const e = await app.db
        .selectFrom('enterprise')
        .select(['id', 'region_code'])
        .where('id', '=', req.body.enterpriseId)
        .executeTakeFirst();
      if (!e) throw notFound('企业');
      assertStaffRegion(auth, e.region_code);
      const id = await app.db.transaction().execute((trx) => createReserve(trx, actorOf(req), e.region_code, req.body));
      return present(await one(auth, id));
    },
  });

  app.put('/reserve/:id', {
    config: { access: 'project:write' },
    schema: {
      tags,
      summary: '修改储备项目或标记放弃（乐观锁）',
      params: ZIdParam,
      body: ZUpdateReserveRequest,
      response: { 200: ZReserve },
    },
    handler: async (req) => {
      const auth = requireAuth(req.auth);
      const r = await one(auth, req.params.id);
      const { version, ...patch } = req.body;
      await app.db.transaction().execute((trx) => updateReserve(trx, actorOf(req), r.id, version, patch));
      return present(await one(auth, r.id));
    },
  });

  app.post('/reserve/:id/promote', {
    config: { access: 'project:write' },
    schema: {
      tags,
      summary: '储备项目转申报：在受理中的批次下生成草稿申报书',
      params: ZIdParam,
      body: ZPromoteReserveRequest,
      response: { 200: ZApplication },
    },
    handler: async (req) => {
      const auth = requireAuth(req.auth);
      const r = await one(auth, req.params.id);
      const call = await findCall(app.db, req.body.callId);
      if (!call) throw notFound('项目批次');
      assertStaffRegion(auth, call.region_code);
      if (r.version !== req.body.version) {
        throw new AppError('VERSION_CONFLICT', '储备项目已被他人修改，请刷新后重试（您的修改未保存）');
      }
      const enterprise = { id: r.enterprise_id, name: r.enterprise_name, region_code: r.region_code };
      const id = await app.db
        .transaction()
        .execute((trx) => promoteReserve(trx, actorOf(req), r, { call, enterprise }));
      return presentApplication((await findApplication(app.db, id))!, await filesOf(app.db, 'application', [id]), auth);
    },
  });
}

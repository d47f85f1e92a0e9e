import { z } from 'zod';
import { sql } from 'kysely';
import {
  STAGE_LABELS,
  TIER_LABELS,
  TIERS,
  STAGES,
  ZCreateQualificationRequest,
  ZIdParam,
  ZMoveStageRequest,
  ZPageQuery,
  ZQualification,
  canMoveStage,
  validUntil,
  zPage,
  type Stage,
  type Tier,
} from '@kechuang/domain';
import { writeAudit } from '../../platform/audit/audit.writer';
import { updateVersioned } from '../../platform/db/versioned-update';
import { offsetOf, totalFor } from '../../platform/db/paging';
import { refreshQualificationTiers } from './qualification-tiers';
import { AppError, notFound } from '../../platform/errors';
import { actorOf, requireAuth, type App } from '../../platform/http/types';
import { assertCanRead, assertCanWrite, enterpriseScope } from './enterprise.policy';
import { recordEnterpriseEvent } from './timeline';
import { codeStartsWith } from '../../platform/db/code-prefix';

const tags = ['资质管理'];

const ZQualificationQuery = ZPageQuery.extend({
  tier: z.enum(TIERS).optional(),
  stage: z.enum(STAGES).optional(),
  year: z.coerce.number().int().optional(),
  enterpriseId: z.coerce.number().int().optional(),
  keyword: z.string().trim().max(50).optional(),
});

/** Qualification records: each tier application has its own life (培育 → … → 认定/到期/撤销). */
export async function qualificationRoutes(app: App): Promise<void> {
  const base = (scope: ReturnType<typeof enterpriseScope>) => {
    const q = app.db.selectFrom('qualification as q').innerJoin('enterprise as e', 'e.id', 'q.enterprise_id');
    return scope.kind === 'region'
      ? q.where(codeStartsWith('q.region_code', scope.prefix))
      : q.where('q.enterprise_id', '=', scope.enterpriseId);
  };
  const present = (r: {
    id: number;
    enterprise_id: number;
    enterprise_name: string;
    tier: string;
    year: number;
    batch: string | null;
    stage: string;
    certificate_no: string | null;
    applied_on: string | null;
    certified_on: string | null;
    valid_until: string | null;
    remark: string | null;
    version: number;
  }) => ({
    id: r.id,
    enterpriseId: r.enterprise_id,
    enterpriseName: r.enterprise_name,
    tier: r.tier as Tier,
    year: r.year,
    batch: r.batch,
    stage: r.stage as Stage,
    certificateNo: r.certificate_no,
    appliedOn: r.applied_on,
    certifiedOn: r.certified_on,
    validUntil: r.valid_until,
    remark: r.remark,
    version: r.version,
  });
  const fetchOne = (id: number) =>
    app.db
      .selectFrom('qualification as q')
      .innerJoin('enterprise as e', 'e.id', 'q.enterprise_id')
      .selectAll('q')
      .select('e.name as enterprise_name')
      .where('q.id', '=', id)
      .executeTakeFirst();

  app.get('/qualifications', {
    config: { access: 'signed-in' },
    schema: { tags, summary: '资质记录', querystring: ZQualificationQuery, response: { 200: zPage(ZQualification) } },
    handler: async (req) => {
      const auth = requireAuth(req.auth);
      const { pageSize, tier, stage, year, enterpriseId, keyword } = req.query;
      let q = base(enterpriseScope(auth));
      if (tier) q = q.where('q.tier', '=', tier);
      if (stage) q = q.where('q.stage', '=', stage);
      if (year) q = q.where('q.year', '=', year);
      if (enterpriseId) q = q.where('q.enterprise_id', '=', enterpriseId);
      if (keyword) {
        q = q.where((eb) =>
          eb.or([eb('e.name', 'like', `%${keyword}%`), eb('e.name_initials', 'like', `%${keyword.toLowerCase()}%`)]),
        );
      }
      const rows = await q
        .selectAll('q')
        .select('e.name as enterprise_name')
        .orderBy('q.year', 'desc')
        .orderBy('q.id', 'desc')
        .limit(pageSize)
        .offset(offsetOf(req.query))
        .execute();
      const total = await totalFor(req.query, rows.length, async () =>
        Number((await q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n),
      );
      return { data: rows.map(present), total, success: true as const };
    },
  });

  app.post('/qualifications', {
    config: { access: 'qualification:write' },
    schema: {
      tags,
      summary: '新建资质记录（纳入培育或登记申报）',
      body: ZCreateQualificationRequest,
      response: { 200: ZQualification },
    },
    handler: async (req) => {
      const auth = requireAuth(req.auth);
      const ent = await app.db
        .selectFrom('enterprise')
        .select(['id', 'region_code', 'name'])
        .where('id', '=', req.body.enterpriseId)
        .executeTakeFirst();
      if (!ent) throw notFound('企业');
      assertCanWrite(auth, ent.region_code);
      const open = await app.db
        .selectFrom('qualification')
        .select('id')
        .where('enterprise_id', '=', ent.id)
        .where('tier', '=', req.body.tier)
        .where('year', '=', req.body.year)
        .where('stage', 'not in', ['rejected', 'expired', 'revoked'])
        .executeTakeFirst();
      if (open) {
        throw new AppError('CONFLICT', `${ent.name} ${req.body.year} 年已有进行中的${TIER_LABELS[req.body.tier]}记录`);
      }
      const id = await app.db.transaction().execute(async (trx) => {
        const row = await trx
          .insertInto('qualification')
          .values({
            enterprise_id: ent.id,
            region_code: ent.region_code,
            tier: req.body.tier,
            year: req.body.year,
            batch: req.body.batch ?? null,
            stage: req.body.stage,
            remark: req.body.remark ?? null,
            created_by: auth.userId,
            updated_by: auth.userId,
          })
          .returningAll()
          .executeTakeFirstOrThrow();
        await refreshQualificationTiers(trx, ent.id);
        await writeAudit(trx, actorOf(req), {
          action: 'qualification.create',
          objectType: 'qualification',
          objectId: row.id,
          regionCode: row.region_code,
          after: row,
        });
        await recordEnterpriseEvent(trx, actorOf(req), {
          enterpriseId: ent.id,
          regionCode: ent.region_code,
          module: 'qualification',
          kind: 'created',
          title: `${TIER_LABELS[req.body.tier]}（${req.body.year}）：${STAGE_LABELS[req.body.stage]}`,
          ref: { type: 'qualification', id: row.id },
        });
        return row.id;
      });
      return present((await fetchOne(id))!);
    },
  });

  app.post('/qualifications/:id/stage', {
    config: { access: 'qualification:write' },
    schema: {
      tags,
      summary: '推进资质阶段（非法跳转被拒绝；认定时计算有效期）',
      params: ZIdParam,
      body: ZMoveStageRequest,
      response: { 200: ZQualification },
    },
    handler: async (req) => {
      const auth = requireAuth(req.auth);
      const q = await fetchOne(req.params.id);
      if (!q) throw notFound('资质记录');
      assertCanRead(enterpriseScope(auth), { id: q.enterprise_id, region_code: q.region_code });
      assertCanWrite(auth, q.region_code);
      const from = q.stage as Stage;
      const to = req.body.stage;
      if (!canMoveStage(from, to)) {
        throw new AppError('CONFLICT', `资质阶段不能从“${STAGE_LABELS[from]}”变为“${STAGE_LABELS[to]}”`);
      }
      if ((to === 'rejected' || to === 'revoked') && !req.body.reason) {
        throw new AppError('VALIDATION_FAILED', `${STAGE_LABELS[to]}须填写原因`, [
          { field: 'reason', message: '请填写原因' },
        ]);
      }
      const set: Record<string, unknown> = { stage: to };
      if (to === 'applying') set.applied_on = req.body.on;
      if (to === 'certified') {
        set.certified_on = req.body.on;
        set.valid_until = validUntil(q.tier as Tier, req.body.on);
        set.certificate_no = req.body.certificateNo ?? q.certificate_no;
      }
      await app.db.transaction().execute(async (trx) => {
        const res = await updateVersioned(trx, {
          table: 'qualification',
          key: 'id',
          id: q.id,
          version: req.body.version,
          set,
          what: '资质记录',
          userId: auth.userId,
        });
        await writeAudit(trx, actorOf(req), {
          action: 'qualification.stage',
          objectType: 'qualification',
          objectId: q.id,
          regionCode: q.region_code,
          before: res.before,
          after: res.after,
          details: { reason: req.body.reason ?? null },
        });
        await recordEnterpriseEvent(trx, actorOf(req), {
          enterpriseId: q.enterprise_id,
          regionCode: q.region_code,
          module: 'qualification',
          kind: `stage-${to}`,
          title: `${TIER_LABELS[q.tier as Tier]}（${q.year}）：${STAGE_LABELS[from]} → ${STAGE_LABELS[to]}`,
          detail: req.body.reason ?? (to === 'certified' ? `有效期至 ${String(set.valid_until)}` : null),
          ref: { type: 'qualification', id: q.id },
          at: new Date(`${req.body.on}T12:00:00+08:00`),
        });
      });
      return present((await fetchOne(q.id))!);
    },
  });

  app.get('/qualifications/summary', {
    config: { access: 'enterprise:read' },
    schema: {
      tags,
      summary: '按梯度、阶段统计（某期间内进入该阶段的记录数）',
      querystring: z.object({ from: z.string().optional(), to: z.string().optional() }),
      response: { 200: z.array(z.object({ tier: z.string(), stage: z.string(), count: z.number().int() })) },
    },
    handler: async (req) => {
      const auth = requireAuth(req.auth);
      let q = app.db.selectFrom('qualification').where(codeStartsWith('region_code', auth.scopePrefix));
      if (req.query.from) {
        q = q.where(
          sql<boolean>`coalesce(certified_on, applied_on, make_date(year::int, 1, 1)) >= ${req.query.from}::date`,
        );
      }
      if (req.query.to) {
        q = q.where(
          sql<boolean>`coalesce(certified_on, applied_on, make_date(year::int, 1, 1)) <= ${req.query.to}::date`,
        );
      }
      const rows = await q
        .select(['tier', 'stage', (eb) => eb.fn.countAll<number>().as('count')])
        .groupBy(['tier', 'stage'])
        .orderBy('tier')
        .execute();
      return rows.map((r) => ({ tier: r.tier, stage: r.stage, count: Number(r.count) }));
    },
  });
}

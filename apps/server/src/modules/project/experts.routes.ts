import { z } from 'zod';
import { sql, type Transaction } from 'kysely';
import {
  ZCreateExpertRequest,
  ZExpertAccount,
  ZExpertCandidates,
  ZExpertCandidatesQuery,
  ZExpertProfile,
  ZExpertProfileInput,
  ZIdParam,
  ZUpdateExpertRequest,
} from '@kechuang/domain';
import { writeAudit, type Actor } from '../../platform/audit/audit.writer';
import { inScope } from '../../platform/auth/region-scope';
import type { DB } from '../../platform/db/schema';
import { updateVersioned } from '../../platform/db/versioned-update';
import { AppError, notFound, outOfScope } from '../../platform/errors';
import { actorOf, requireAuth, type App } from '../../platform/http/types';
import { findActiveExperts } from './expert.repository';
import { listExpertCandidates } from './list-expert-candidates';
import { codeStartsWith } from '../../platform/db/code-prefix';

const tags = ['专家库'];
type ProfileInput = z.infer<typeof ZExpertProfileInput>;

const columns = (p: Partial<ProfileInput>) => ({
  name: p.name,
  title: p.title,
  employer_credit_code: p.employerCreditCode === undefined ? undefined : (p.employerCreditCode?.toUpperCase() ?? null),
  employer_name: p.employerName,
  fields: p.fields,
  conflicts: p.conflicts === undefined ? undefined : JSON.stringify(p.conflicts),
});

async function createProfile(
  trx: Transaction<DB>,
  actor: Actor,
  userId: number,
  regionCode: string,
  p: ProfileInput,
): Promise<void> {
  const row = await trx
    .insertInto('expert_profile')
    .values({
      ...columns(p),
      user_id: userId,
      region_code: regionCode,
      name: p.name,
      title: p.title ?? null,
      employer_credit_code: p.employerCreditCode?.toUpperCase() ?? null,
      employer_name: p.employerName ?? null,
      conflicts: JSON.stringify(p.conflicts),
      created_by: actor.id,
      updated_by: actor.id,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  await writeAudit(trx, actor, {
    action: 'project.expert.create',
    objectType: 'expert_profile',
    objectId: userId,
    regionCode,
    after: row,
  });
}

async function updateProfile(
  trx: Transaction<DB>,
  actor: Actor,
  userId: number,
  version: number,
  p: Partial<ProfileInput>,
): Promise<void> {
  const { before, after } = await updateVersioned<Record<string, unknown>>(trx, {
    table: 'expert_profile',
    key: 'user_id',
    id: userId,
    version,
    set: columns(p),
    what: '专家档案',
    userId: actor.id,
  });
  await writeAudit(trx, actor, {
    action: 'project.expert.update',
    objectType: 'expert_profile',
    objectId: userId,
    regionCode: String(after.region_code),
    before,
    after,
  });
}

/** 专家库: staff keep expert profiles; an expert declares their own employer and conflicts of interest. */
export async function expertRoutes(app: App): Promise<void> {
  const list = (prefix: string | null, userId: number | null) => {
    let q = app.db
      .selectFrom('expert_profile as p')
      .innerJoin('app_user as u', 'u.id', 'p.user_id')
      .selectAll('p')
      .select([
        'u.username',
        sql<number>`(select count(*)::int from review_assignment r where r.expert_id = p.user_id and r.status = 'assigned')`.as(
          'active',
        ),
      ]);
    if (prefix) q = q.where(codeStartsWith('p.region_code', prefix));
    if (userId) q = q.where('p.user_id', '=', userId);
    return q.orderBy('p.name').execute();
  };
  const present = (p: Awaited<ReturnType<typeof list>>[number]) => ({
    userId: p.user_id,
    username: p.username,
    name: p.name,
    title: p.title,
    employerCreditCode: p.employer_credit_code,
    employerName: p.employer_name,
    fields: p.fields ?? [],
    conflicts: (p.conflicts ?? []) as { creditCode?: string | null; name?: string | null; reason: string }[],
    activeAssignments: Number(p.active),
    version: p.version,
  });

  app.get('/experts', {
    config: { access: 'expert:manage' },
    schema: {
      tags,
      summary: '专家库（含工作单位、专业领域、回避声明、待评任务数）',
      response: { 200: z.array(ZExpertProfile) },
    },
    handler: async (req) => (await list(requireAuth(req.auth).scopePrefix, null)).map(present),
  });

  app.get('/experts/candidates', {
    // Same permission as assigning: the list is the assign dialog's source.
    config: { access: 'project:write' },
    schema: {
      tags,
      summary:
        '指派评审专家的候选名单：每位专家的单位、在评任务数、是否已指派、与各申报单位的回避原因（与保存时同一规则）及批次最少专家数',
      querystring: ZExpertCandidatesQuery,
      response: { 200: ZExpertCandidates },
    },
    handler: async (req) => listExpertCandidates(app.db, requireAuth(req.auth), req.query.applicationIds),
  });

  app.get('/experts/accounts-without-profile', {
    config: { access: 'expert:manage' },
    schema: {
      tags,
      summary: '尚未建立专家档案的评审专家账号（新建档案时选择）',
      response: { 200: z.array(ZExpertAccount) },
    },
    handler: async (req) => {
      const experts = await findActiveExperts(app.db, { regionPrefix: requireAuth(req.auth).scopePrefix });
      return experts
        .filter((x) => x.profile_id === null)
        .map((x) => ({ userId: x.id, username: x.username, displayName: x.display_name }));
    },
  });

  app.post('/experts', {
    config: { access: 'expert:manage' },
    schema: {
      tags,
      summary: '为评审专家账号建立专家档案',
      body: ZCreateExpertRequest,
      response: { 200: ZExpertProfile },
    },
    handler: async (req) => {
      const auth = requireAuth(req.auth);
      const { userId, ...p } = req.body;
      const user = await app.db
        .selectFrom('app_user as u')
        .innerJoin('user_role as r', 'r.user_id', 'u.id')
        .select(['u.id', 'u.region_code'])
        .where('u.id', '=', userId)
        .where('r.role_code', '=', 'expert')
        .executeTakeFirst();
      if (!user) {
        throw new AppError('VALIDATION_FAILED', `用户 ${userId} 不是评审专家账号`, [
          { field: 'userId', message: '请选择评审专家账号' },
        ]);
      }
      if (!inScope(auth.scopePrefix, user.region_code)) throw outOfScope();
      const exists = await app.db
        .selectFrom('expert_profile')
        .select('user_id')
        .where('user_id', '=', userId)
        .executeTakeFirst();
      if (exists) throw new AppError('CONFLICT', '该专家已有档案，请直接修改');
      await app.db.transaction().execute((trx) => createProfile(trx, actorOf(req), userId, user.region_code, p));
      return present((await list(null, userId))[0]);
    },
  });

  app.put('/experts/:id', {
    config: { access: 'expert:manage' },
    schema: {
      tags,
      summary: '修改专家档案（乐观锁）',
      params: ZIdParam,
      body: ZUpdateExpertRequest,
      response: { 200: ZExpertProfile },
    },
    handler: async (req) => {
      const auth = requireAuth(req.auth);
      const cur = await app.db
        .selectFrom('expert_profile')
        .select(['region_code'])
        .where('user_id', '=', req.params.id)
        .executeTakeFirst();
      if (!cur) throw notFound('专家档案');
      if (!inScope(auth.scopePrefix, cur.region_code)) throw outOfScope();
      const { version, ...p } = req.body;
      await app.db.transaction().execute((trx) => updateProfile(trx, actorOf(req), req.params.id, version, p));
      return present((await list(null, req.params.id))[0]);
    },
  });

  app.get('/experts/me', {
    config: { access: 'project:review' },
    schema: { tags, summary: '我的专家档案（无档案时返回 null）', response: { 200: ZExpertProfile.nullable() } },
    handler: async (req) => {
      const [p] = await list(null, requireAuth(req.auth).userId);
      return p ? present(p) : null;
    },
  });

  app.put('/experts/me', {
    config: { access: 'project:review' },
    schema: {
      tags,
      summary: '专家本人填写工作单位与回避声明（首次填写即建档；之后须带 version）',
      body: ZExpertProfileInput.extend({ version: z.number().int().min(1).optional() }),
      response: { 200: ZExpertProfile },
    },
    handler: async (req) => {
      const auth = requireAuth(req.auth);
      const { version, ...p } = req.body;
      const exists = await app.db
        .selectFrom('expert_profile')
        .select('version')
        .where('user_id', '=', auth.userId)
        .executeTakeFirst();
      await app.db.transaction().execute((trx) => {
        if (!exists) return createProfile(trx, actorOf(req), auth.userId, auth.regionCode, p);
        if (version === undefined) {
          throw new AppError('VALIDATION_FAILED', '修改专家档案须带 version', [
            { field: 'version', message: '缺少版本号' },
          ]);
        }
        return updateProfile(trx, actorOf(req), auth.userId, version, p);
      });
      return present((await list(null, auth.userId))[0]);
    },
  });
}

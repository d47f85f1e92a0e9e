import { z } from 'zod';
import type { Selectable } from 'kysely';
import {
  STAGE_LABELS,
  TIER_LABELS,
  TIER_RULES,
  ZIdParam,
  zDate,
  type Stage,
  type Tier,
  chinaToday,
} from '@kechuang/domain';
import { writeAudit } from '../../platform/audit/audit.writer';
import type { PublicNoticeTable } from './enterprise.tables';
import { getParams } from '../../platform/params/params.repository';
import { AppError, notFound } from '../../platform/errors';
import { actorOf, requireAuth, type App } from '../../platform/http/types';
import { assertCanWrite } from './enterprise.policy';
import { recordEnterpriseEvent } from './timeline';
import { codeStartsWith } from '../../platform/db/code-prefix';
import { computeWorkingDayPeriod, getWorkingDayCalendar, savedEndDateWarning } from '../../platform/calendar';

const ZNoticeItem = z.object({
  enterpriseName: z.string(),
  creditCode: z.string(),
  tier: z.string(),
  batch: z.string().nullable(),
  stage: z.string(),
});
const ZNotice = z.object({
  id: z.number().int(),
  title: z.string(),
  kind: z.string(),
  basis: z.string(),
  startDate: z.string(),
  workingDays: z.number().int(),
  endDate: z.string(),
  /** Set when the end date rests on a year estimated by rule, or the calendar now gives another date. */
  endDateWarning: z.string().nullable(),
  status: z.enum(['draft', 'publicizing', 'ended']),
  contact: z.string().nullable(),
  supervisionPhone: z.string().nullable(),
  issuer: z.string(),
  items: z.array(ZNoticeItem),
  version: z.number().int(),
});
const ZCreateNotice = z.object({
  title: z.string().trim().min(4, '标题至少 4 个字').max(200),
  basis: z.string().trim().min(10, '请写明公示依据与程序').max(4000),
  startDate: zDate('公示开始日期'),
  workingDays: z.number().int().min(1).max(30).optional(),
  contact: z.string().trim().max(100).nullable().optional(),
  supervisionPhone: z.string().trim().max(30).nullable().optional(),
  qualificationIds: z.array(z.number().int()).min(1, '请选择公示对象'),
});

const statusOf = (n: Selectable<PublicNoticeTable>) =>
  n.status === 'draft' ? 'draft' : n.end_date < chinaToday() ? 'ended' : 'publicizing';
const present = (n: Selectable<PublicNoticeTable>, endDateWarning: string | null = null) => ({
  id: n.id,
  title: n.title,
  kind: n.kind,
  basis: n.basis,
  startDate: n.start_date,
  workingDays: n.working_days,
  endDate: n.end_date,
  endDateWarning,
  status: statusOf(n) as 'draft' | 'publicizing' | 'ended',
  contact: n.contact,
  supervisionPhone: n.supervision_phone,
  issuer: n.issuer,
  items: n.items as z.infer<typeof ZNoticeItem>[],
  version: n.version,
});

/** 公示: a notice lists qualifications without personal data; its end date counts working days from the holiday table. */
export async function noticeRoutes(app: App): Promise<void> {
  // Staff see whether a saved end date rests on an estimated year or no longer matches the calendar.
  const presentChecked = async (n: Selectable<PublicNoticeTable>) =>
    present(
      n,
      savedEndDateWarning(await getWorkingDayCalendar(app.db), {
        startDate: n.start_date,
        workingDays: n.working_days,
        endDate: n.end_date,
      }),
    );

  app.get('/notices', {
    config: { access: 'notice:manage' },
    schema: { tags: ['公示管理'], summary: '公示列表', response: { 200: z.array(ZNotice) } },
    handler: async (req) => {
      const auth = requireAuth(req.auth);
      const rows = await app.db
        .selectFrom('public_notice')
        .selectAll()
        .where(codeStartsWith('region_code', auth.scopePrefix))
        .orderBy('id', 'desc')
        .execute();
      return Promise.all(rows.map(presentChecked));
    },
  });

  app.post('/notices', {
    config: { access: 'notice:manage' },
    schema: {
      tags: ['公示管理'],
      summary: '新建公示（草稿），公示期按工作日计算',
      body: ZCreateNotice,
      response: { 200: ZNotice },
    },
    handler: async (req) => {
      const auth = requireAuth(req.auth);
      const quals = await app.db
        .selectFrom('qualification as q')
        .innerJoin('enterprise as e', 'e.id', 'q.enterprise_id')
        .select(['q.id', 'q.tier', 'q.batch', 'q.stage', 'q.region_code', 'e.name', 'e.credit_code'])
        .where('q.id', 'in', req.body.qualificationIds)
        .execute();
      if (quals.length !== new Set(req.body.qualificationIds).size) {
        throw new AppError('VALIDATION_FAILED', '部分公示对象不存在');
      }
      for (const q of quals) assertCanWrite(auth, q.region_code);
      const tiers = [...new Set(quals.map((q) => q.tier as Tier))];
      const workingDays = req.body.workingDays ?? Math.max(...tiers.map((t) => TIER_RULES[t].noticeWorkingDays));
      const period = await computeWorkingDayPeriod(app.db, {
        startDate: req.body.startDate,
        workingDays,
        field: 'startDate',
        what: '公示截止日期',
      });
      const issuer = (await getParams(app.db)).get('system.bureau_name') ?? '科学技术局';
      const items = quals.map((q) => ({
        enterpriseName: q.name,
        creditCode: q.credit_code,
        tier: TIER_LABELS[q.tier as Tier],
        batch: q.batch,
        stage: STAGE_LABELS[q.stage as Stage],
      }));
      const row = await app.db.transaction().execute(async (trx) => {
        const n = await trx
          .insertInto('public_notice')
          .values({
            region_code: auth.regionCode.slice(0, 6),
            title: req.body.title,
            kind: tiers.join(','),
            basis: req.body.basis,
            start_date: req.body.startDate,
            working_days: workingDays,
            end_date: period.endDate,
            contact: req.body.contact ?? null,
            supervision_phone: req.body.supervisionPhone ?? null,
            issuer,
            items: JSON.stringify(items),
            created_by: auth.userId,
            updated_by: auth.userId,
          })
          .returningAll()
          .executeTakeFirstOrThrow();
        await writeAudit(trx, actorOf(req), {
          action: 'notice.create',
          objectType: 'public_notice',
          objectId: n.id,
          regionCode: n.region_code,
          after: n,
        });
        return n;
      });
      return present(row, period.warning);
    },
  });

  app.post('/notices/:id/publish', {
    config: { access: 'notice:manage' },
    schema: {
      tags: ['公示管理'],
      summary: '发布公示（公开页面可见）',
      params: ZIdParam,
      body: z.object({ version: z.number().int() }),
      response: { 200: ZNotice },
    },
    handler: async (req) => {
      const auth = requireAuth(req.auth);
      const n = await app.db.selectFrom('public_notice').selectAll().where('id', '=', req.params.id).executeTakeFirst();
      if (!n) throw notFound('公示');
      assertCanWrite(auth, n.region_code);
      if (n.status !== 'draft') throw new AppError('CONFLICT', '该公示已发布');
      const after = await app.db.transaction().execute(async (trx) => {
        const res = await trx
          .updateTable('public_notice')
          .set((eb) => ({
            status: 'published',
            version: eb('version', '+', 1),
            updated_at: new Date(),
            updated_by: auth.userId,
          }))
          .where('id', '=', n.id)
          .where('version', '=', req.body.version)
          .returningAll()
          .executeTakeFirst();
        if (!res) throw new AppError('VERSION_CONFLICT', '公示已被他人修改，请刷新后重试');
        await writeAudit(trx, actorOf(req), {
          action: 'notice.publish',
          objectType: 'public_notice',
          objectId: n.id,
          regionCode: n.region_code,
        });
        const names = (n.items as { enterpriseName: string }[]).map((i) => i.enterpriseName);
        const ents = await trx
          .selectFrom('enterprise')
          .select(['id', 'region_code'])
          .where('name', 'in', names)
          .execute();
        for (const e of ents) {
          await recordEnterpriseEvent(trx, actorOf(req), {
            enterpriseId: e.id,
            regionCode: e.region_code,
            module: 'notice',
            kind: 'published',
            title: `列入公示：${n.title}`,
            detail: `公示期 ${n.start_date} 至 ${n.end_date}`,
            ref: { type: 'public_notice', id: n.id },
          });
        }
        return res;
      });
      return presentChecked(after);
    },
  });

  // Public, no sign-in: published notices only, and never personal data (items hold names and codes of units).
  app.get('/public/notices', {
    config: { access: 'public' },
    schema: {
      tags: ['公示（公开）'],
      summary: '已发布的公示',
      response: { 200: z.array(ZNotice.omit({ version: true, endDateWarning: true })) },
    },
    handler: async () =>
      (
        await app.db
          .selectFrom('public_notice')
          .selectAll()
          .where('status', '=', 'published')
          .orderBy('start_date', 'desc')
          .limit(100)
          .execute()
      ).map((n) => present(n)),
  });
  app.get('/public/notices/:id', {
    config: { access: 'public' },
    schema: {
      tags: ['公示（公开）'],
      summary: '一条已发布的公示',
      params: ZIdParam,
      response: { 200: ZNotice.omit({ version: true, endDateWarning: true }) },
    },
    handler: async (req) => {
      const n = await app.db
        .selectFrom('public_notice')
        .selectAll()
        .where('id', '=', req.params.id)
        .where('status', '=', 'published')
        .executeTakeFirst();
      if (!n) throw notFound('公示');
      return present(n);
    },
  });
}

import { z } from 'zod';
import { APPLICATION_STATE_LABELS, PROJECT_CATEGORY_LABELS, ZIdParam, zDate } from '@kechuang/domain';
import { writeAudit } from '../../platform/audit/audit.writer';
import { computeWorkingDayPeriod } from '../../platform/calendar';
import { AppError, notFound } from '../../platform/errors';
import { actorOf, requireAuth, type App } from '../../platform/http/types';
import { getParams } from '../../platform/params/params.repository';
import { findCall } from './call.repository';
import { assertStaffRegion } from './project.policy';

const DEFAULT_WORKING_DAYS = 5;

const ZProjectNoticeRequest = z.object({
  title: z.string().trim().min(4, '标题至少 4 个字').max(200).optional(),
  basis: z.string().trim().min(10, '请写明公示依据与程序').max(4000),
  startDate: zDate('公示开始日期'),
  workingDays: z.number().int().min(1).max(30).optional(),
  states: z
    .array(z.enum(['recommended', 'approved']))
    .min(1)
    .default(['recommended']),
  contact: z.string().trim().max(100).nullable().optional(),
  supervisionPhone: z.string().trim().max(30).nullable().optional(),
});

/**
 * 公示 of a call's recommended or approved list, written into the enterprise module's `public_notice` table as a
 * draft, so the same 公示管理 page publishes it (POST /notices/:id/publish) and the public page shows it.
 * Items carry unit names and credit codes only, never personal data.
 */
export async function projectNoticeRoutes(app: App): Promise<void> {
  app.post('/calls/:id/notice', {
    config: { access: 'notice:manage' },
    schema: {
      tags: ['公示管理'],
      summary: '生成项目公示草稿（本批次推荐上报或立项名单；公示期按工作日计算；在公示管理中发布）',
      params: ZIdParam,
      body: ZProjectNoticeRequest,
      response: {
        200: z.object({
          noticeId: z.number().int(),
          items: z.number().int(),
          endDate: z.string(),
          // Set when the end date rests on a year whose holiday arrangement is not entered yet.
          endDateWarning: z.string().nullable(),
        }),
      },
    },
    handler: async (req) => {
      const auth = requireAuth(req.auth);
      const call = await findCall(app.db, req.params.id);
      if (!call) throw notFound('项目批次');
      assertStaffRegion(auth, call.region_code);
      const apps = await app.db
        .selectFrom('project_application as a')
        .innerJoin('enterprise as e', 'e.id', 'a.enterprise_id')
        .select(['a.title', 'a.state', 'e.name', 'e.credit_code'])
        .where('a.call_id', '=', call.id)
        .where('a.state', 'in', req.body.states)
        .orderBy('e.name_pinyin')
        .execute();
      if (apps.length === 0) {
        throw new AppError(
          'CONFLICT',
          `批次“${call.title}”中没有${req.body.states.map((s) => APPLICATION_STATE_LABELS[s]).join('或')}的项目可公示`,
        );
      }
      const workingDays = req.body.workingDays ?? DEFAULT_WORKING_DAYS;
      const period = await computeWorkingDayPeriod(app.db, {
        startDate: req.body.startDate,
        workingDays,
        field: 'startDate',
        what: '公示截止日期',
      });
      const category = call.category_label ?? PROJECT_CATEGORY_LABELS[call.category] ?? call.category;
      const items = apps.map((a) => ({
        enterpriseName: a.name,
        creditCode: a.credit_code,
        tier: `${category}：${a.title}`,
        batch: call.title,
        stage: APPLICATION_STATE_LABELS[a.state as 'recommended' | 'approved'],
      }));
      const issuer = (await getParams(app.db)).get('system.bureau_name') ?? '科学技术局';
      const title =
        req.body.title ?? `关于${call.title}${req.body.states.includes('approved') ? '立项' : '推荐'}项目的公示`;
      const id = await app.db.transaction().execute(async (trx) => {
        const n = await trx
          .insertInto('public_notice')
          .values({
            region_code: call.region_code,
            title,
            kind: 'project',
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
          action: 'project.notice.create',
          objectType: 'public_notice',
          objectId: n.id,
          regionCode: n.region_code,
          after: n,
          details: { callId: call.id },
        });
        return n.id;
      });
      return { noticeId: id, items: items.length, endDate: period.endDate, endDateWarning: period.warning };
    },
  });
}

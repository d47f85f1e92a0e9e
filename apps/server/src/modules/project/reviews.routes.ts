import { z } from 'zod';
import {
  ZApplication,
  ZAssignExpertsRequest,
  ZAssignment,
  ZAssignmentListQuery,
  ZCriterion,
  ZIdParam,
  ZOk,
  ZScoreRequest,
  zPage,
} from '@kechuang/domain';
import { writeAudit } from '../../platform/audit/audit.writer';
import { AppError, forbidden, notFound } from '../../platform/errors';
import { actorOf, requireAuth, type App, type AuthContext } from '../../platform/http/types';
import { inScope } from '../../platform/auth/region-scope';
import { findApplication } from './application.repository';
import { filesOf } from './call.repository';
import { assignExperts } from './assign-experts';
import { assertStaffRegion } from './project.policy';
import { presentApplication } from './project.presenter';
import { presentAssignment } from './review.presenter';
import { assignmentQuery, findAssignment, type AssignmentRow } from './review.repository';
import { scoreReview } from './score-review';
import { codeStartsWith } from '../../platform/db/code-prefix';

const tags = ['专家评审'];

/** Expert review: staff assign, experts see and score only their own assignments. */
export async function reviewRoutes(app: App): Promise<void> {
  const own = async (auth: AuthContext, id: number) => {
    const r = await findAssignment(app.db, id);
    if (!r) throw notFound('评审任务');
    const staff = auth.permissions.has('project:read') && inScope(auth.scopePrefix, r.region_code);
    if (r.expert_id !== auth.userId && !staff) throw forbidden('该评审任务未分配给您');
    return r;
  };

  app.post('/reviews/assign', {
    config: { access: 'project:write' },
    schema: {
      tags,
      summary: '指派评审专家（可批量：同一组专家评审多份申报书；不少于批次要求人数，利益冲突者拒绝）',
      body: ZAssignExpertsRequest,
      response: { 200: z.object({ added: z.number().int() }) },
    },
    handler: async (req) => ({
      added: await assignExperts(
        app.db,
        requireAuth(req.auth),
        actorOf(req),
        req.body.applicationIds,
        req.body.expertIds,
      ),
    }),
  });

  app.get('/reviews', {
    config: { access: 'signed-in' },
    schema: {
      tags,
      summary: '评审任务列表（专家：我的评审；业务人员：辖区内全部）',
      querystring: ZAssignmentListQuery,
      response: { 200: zPage(ZAssignment) },
    },
    handler: async (req) => {
      const auth = requireAuth(req.auth);
      const { current, pageSize, status, callId, applicationId } = req.query;
      let q = assignmentQuery(app.db);
      if (auth.permissions.has('project:read')) q = q.where(codeStartsWith('r.region_code', auth.scopePrefix));
      else if (auth.permissions.has('project:review')) q = q.where('r.expert_id', '=', auth.userId);
      else throw forbidden();
      if (status) q = q.where('r.status', '=', status);
      if (callId) q = q.where('c.id', '=', callId);
      if (applicationId) q = q.where('r.application_id', '=', applicationId);
      const rows = (await q
        .orderBy('r.status')
        .orderBy('r.id', 'desc')
        .limit(pageSize)
        .offset((current - 1) * pageSize)
        .execute()) as AssignmentRow[];
      const total = await q
        .clearSelect()
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow();
      return { data: rows.map(presentAssignment), total: Number(total.n), success: true as const };
    },
  });

  app.get('/reviews/:id', {
    config: { access: 'signed-in' },
    schema: {
      tags,
      summary: '评审任务详情：申报书内容、附件与评审指标（仅本人或辖区业务人员可见）',
      params: ZIdParam,
      response: {
        200: z.object({ assignment: ZAssignment, application: ZApplication, criteria: z.array(ZCriterion) }),
      },
    },
    handler: async (req) => {
      const auth = requireAuth(req.auth);
      const r = await own(auth, req.params.id);
      const a = (await findApplication(app.db, r.application_id))!;
      return {
        assignment: presentAssignment(r),
        application: presentApplication(a, await filesOf(app.db, 'application', [a.id]), null),
        criteria: (r.criteria ?? []) as z.infer<typeof ZCriterion>[],
      };
    },
  });

  app.post('/reviews/:id/score', {
    config: { access: 'project:review' },
    schema: {
      tags,
      summary: '专家打分（每项 0～满分；submit=false 暂存，submit=true 提交后不可修改；确认后冻结）',
      params: ZIdParam,
      body: ZScoreRequest,
      response: { 200: ZAssignment },
    },
    handler: async (req) => {
      const auth = requireAuth(req.auth);
      await scoreReview(app.db, auth, actorOf(req), { assignmentId: req.params.id, ...req.body });
      return presentAssignment((await findAssignment(app.db, req.params.id))!);
    },
  });

  app.delete('/reviews/:id', {
    config: { access: 'project:write' },
    schema: { tags, summary: '撤销专家指派（仅未提交评分且结果未确认时）', params: ZIdParam, response: { 200: ZOk } },
    handler: async (req) => {
      const auth = requireAuth(req.auth);
      const r = await findAssignment(app.db, req.params.id);
      if (!r) throw notFound('评审任务');
      assertStaffRegion(auth, r.region_code);
      if (r.status === 'submitted' || r.ranking_confirmed_at) {
        throw new AppError('CONFLICT', '专家已提交评分或结果已确认，不能撤销指派');
      }
      await app.db.transaction().execute(async (trx) => {
        await trx.deleteFrom('review_assignment').where('id', '=', r.id).execute();
        await writeAudit(trx, actorOf(req), {
          action: 'project.review.unassign',
          objectType: 'review_assignment',
          objectId: r.id,
          regionCode: r.region_code,
          details: { applicationId: r.application_id, expertId: r.expert_id },
        });
      });
      return { ok: true as const };
    },
  });
}

import {
  ZAssignExpertsRequest,
  ZAssignment,
  ZAssignmentListQuery,
  ZExpertsAssigned,
  ZIdParam,
  ZOk,
  ZReviewDetail,
  ZScoreRequest,
  zPage,
  type TCriterion,
} from '@kechuang/domain';
import { contextOf, requireAuth, type App } from '../../platform/http/types';
import { assignExperts } from './assign-experts';
import { reviewScope } from './project.policy';
import { presentApplication } from './project.presenter';
import { readAssignment } from './read-assignment';
import { presentAssignment } from './review.presenter';
import { findAssignment, listAssignments } from './review.repository';
import { scoreReview } from './score-review';
import { unassignExpert } from './unassign-expert';

const tags = ['专家评审'];

/** Expert review: staff assign, experts see and score only their own assignments. */
export async function reviewRoutes(app: App): Promise<void> {
  app.post('/reviews/assign', {
    config: { access: 'project:write' },
    schema: {
      tags,
      summary: '指派评审专家（可批量：同一组专家评审多份申报书；不少于批次要求人数，利益冲突者拒绝）',
      body: ZAssignExpertsRequest,
      response: { 200: ZExpertsAssigned },
    },
    handler: async (req) => ({ added: await assignExperts(app.db, contextOf(req), req.body) }),
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
      const scope = reviewScope(requireAuth(req.auth));
      const { current, pageSize, ...filter } = req.query;
      const { rows, total } = await listAssignments(app.db, scope, filter, { current, pageSize });
      return { data: rows.map(presentAssignment), total, success: true as const };
    },
  });

  app.get('/reviews/:id', {
    config: { access: 'signed-in' },
    schema: {
      tags,
      summary: '评审任务详情：申报书内容、附件与评审指标（仅本人或辖区业务人员可见）',
      params: ZIdParam,
      response: { 200: ZReviewDetail },
    },
    handler: async (req) => {
      const { assignment, application, files } = await readAssignment(app.db, requireAuth(req.auth), req.params.id);
      return {
        assignment: presentAssignment(assignment),
        application: presentApplication(application, files, null),
        criteria: (assignment.criteria ?? []) as TCriterion[],
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
      await scoreReview(app.db, contextOf(req), { assignmentId: req.params.id, ...req.body });
      return presentAssignment((await findAssignment(app.db, req.params.id))!);
    },
  });

  app.delete('/reviews/:id', {
    config: { access: 'project:write' },
    schema: { tags, summary: '撤销专家指派（仅未提交评分且结果未确认时）', params: ZIdParam, response: { 200: ZOk } },
    handler: async (req) => {
      await unassignExpert(app.db, contextOf(req), req.params.id);
      return { ok: true as const };
    },
  });
}

import {
  ZAssignDemandExperts,
  ZConfirmRanking,
  ZDemandReview,
  ZIdParam,
  ZPublishCall,
  ZRankingLine,
  ZScoreDemand,
  ZTechDemandCall,
} from '@kechuang/domain';
import { z } from 'zod';
import { contextOf, requireAuth, type App } from '../../../platform/http/types';
import { findActiveExperts } from '../../project/expert.repository';
import { readCall } from '../read-call';
import { presentCall } from '../tech-demand.presenter';
import { callScope, reviewerOf } from '../tech-demand.policy';
import { assignDemandExperts } from './assign-demand-experts';
import { confirmRanking } from './confirm-ranking';
import { publishCall } from './publish-call';
import { computeCallRanking } from './ranking';
import { presentReview } from './review.presenter';
import { reviewsOfExpert } from './review.repository';
import { scoreDemand } from './score-demand';

const tags = ['揭榜挂帅·论证'];

/** 论证 (docs/rules.md §5.2): experts assigned, their scores, the ranking confirmed with a cut, publication. */
export async function techDemandReviewRoutes(app: App): Promise<void> {
  app.get('/tech-demand/experts', {
    config: { access: 'tech-demand:write' },
    schema: {
      tags,
      summary: '可指派的论证专家（专家库，本辖区）',
      response: {
        200: z.array(
          z.object({
            id: z.number().int(),
            name: z.string(),
            employer: z.string().nullable(),
            hasProfile: z.boolean(),
          }),
        ),
      },
    },
    handler: async (req) =>
      (await findActiveExperts(app.db, { scope: callScope(requireAuth(req.auth)) })).map((x) => ({
        id: x.id,
        name: x.name ?? x.display_name,
        employer: x.employer_name,
        hasProfile: x.profile_id !== null,
      })),
  });

  app.post('/tech-demand/review/assign', {
    config: { access: 'tech-demand:write' },
    schema: {
      tags,
      summary: '指派论证专家（利益冲突回避，最少专家数，留痕）',
      body: ZAssignDemandExperts,
      response: { 200: z.object({ added: z.number().int() }) },
    },
    handler: async (req) => ({ added: await assignDemandExperts(app.db, contextOf(req), req.body) }),
  });

  app.get('/tech-demand/reviews', {
    config: { access: 'tech-demand:review' },
    schema: { tags, summary: '我的论证任务（评审专家本人）', response: { 200: z.array(ZDemandReview) } },
    handler: async (req) => {
      const expertId = reviewerOf(requireAuth(req.auth));
      return (await reviewsOfExpert(app.db, expertId)).map(presentReview);
    },
  });

  app.put('/tech-demand/reviews/:id', {
    config: { access: 'tech-demand:review' },
    schema: {
      tags,
      summary: '论证打分（四项指标 0–100；确认后锁定，留痕）',
      params: ZIdParam,
      body: ZScoreDemand,
      response: { 200: ZDemandReview },
    },
    handler: async (req) => presentReview(await scoreDemand(app.db, contextOf(req), req.params.id, req.body)),
  });

  app.get('/tech-demand/calls/:id/ranking', {
    config: { access: 'tech-demand:read' },
    schema: {
      tags,
      summary: '批次论证排名（按已确认评分计算）',
      params: ZIdParam,
      response: { 200: z.array(ZRankingLine) },
    },
    handler: async (req) => {
      const call = await readCall(app.db, requireAuth(req.auth), req.params.id);
      return (await computeCallRanking(app.db, call)).lines;
    },
  });

  app.post('/tech-demand/calls/:id/ranking', {
    config: { access: 'tech-demand:write' },
    schema: {
      tags,
      summary: '确认论证排名（前 N 名或分数线，确定入选 / 落选，留痕）',
      params: ZIdParam,
      body: ZConfirmRanking,
      response: { 200: ZTechDemandCall },
    },
    handler: async (req) => presentCall(await confirmRanking(app.db, contextOf(req), req.params.id, req.body)),
  });

  app.post('/tech-demand/calls/:id/publish', {
    config: { access: 'tech-demand:write' },
    schema: {
      tags,
      summary: '发榜（入选需求转为已发榜，留痕）',
      params: ZIdParam,
      body: ZPublishCall,
      response: { 200: ZTechDemandCall },
    },
    handler: async (req) => presentCall(await publishCall(app.db, contextOf(req), req.params.id, req.body)),
  });
}

import { z } from 'zod';
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
import { contextOf, requireAuth, type App } from '../../platform/http/types';
import { createExpertProfile } from './create-expert-profile';
import { presentExpertProfile } from './expert.presenter';
import { findActiveExperts, findExpertProfiles } from './expert.repository';
import { listExpertCandidates } from './list-expert-candidates';
import { expertScope } from './project.policy';
import { saveOwnExpertProfile } from './save-own-expert-profile';
import { updateExpertProfile } from './update-expert-profile';

const tags = ['专家库'];

/** 专家库: staff keep expert profiles; an expert declares their own employer and conflicts of interest. */
export async function expertRoutes(app: App): Promise<void> {
  /** The profile as it now stands, after a use case has checked the user's access and saved it. */
  const profileOf = async (userId: number) => presentExpertProfile((await findExpertProfiles(app.db, { userId }))[0]!);

  app.get('/experts', {
    config: { access: 'expert:manage' },
    schema: {
      tags,
      summary: '专家库（含工作单位、专业领域、回避声明、待评任务数）',
      response: { 200: z.array(ZExpertProfile) },
    },
    handler: async (req) =>
      (await findExpertProfiles(app.db, { scope: expertScope(requireAuth(req.auth)) })).map(presentExpertProfile),
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
      const experts = await findActiveExperts(app.db, { scope: expertScope(requireAuth(req.auth)) });
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
      await createExpertProfile(app.db, contextOf(req), req.body);
      return profileOf(req.body.userId);
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
      await updateExpertProfile(app.db, contextOf(req), { userId: req.params.id, ...req.body });
      return profileOf(req.params.id);
    },
  });

  app.get('/experts/me', {
    config: { access: 'project:review' },
    schema: { tags, summary: '我的专家档案（无档案时返回 null）', response: { 200: ZExpertProfile.nullable() } },
    handler: async (req) => {
      const [p] = await findExpertProfiles(app.db, { userId: requireAuth(req.auth).userId });
      return p ? presentExpertProfile(p) : null;
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
      await saveOwnExpertProfile(app.db, contextOf(req), req.body);
      return profileOf(requireAuth(req.auth).userId);
    },
  });
}

import { z } from 'zod';
import {
  COMMISSIONER_MOVES,
  ZCommissioner,
  ZCommissionerDetail,
  ZCommissionerInput,
  ZCommissionerListQuery,
  ZCommissionerMoveRequest,
  ZCommissionerPersonal,
  ZEligibilityOverrideRequest,
  ZIdParam,
  ZOk,
  ZUpdateCommissionerRequest,
  chinaToday,
  zPage,
} from '@kechuang/domain';
import { contextOf, requireAuth, type App } from '../../platform/http/types';
import { commissionerScope } from './commissioner.policy';
import { presentCommissioner } from './commissioner.presenter';
import { commissionerAccounts, listCommissioners } from './commissioner.repository';
import { createCommissioner } from './create-commissioner';
import { readCommissionerDetail } from './read-commissioner';
import { revealPersonalData } from './reveal-personal-data';
import { updateCommissioner } from './update-commissioner';
import {
  appointCommissioner,
  dismissCommissioner,
  expireCommissioner,
  publiciseCommissioner,
  recommendCommissioner,
  reviewCommissioner,
} from './workflow/commissioner-moves';
import { EXPIRE_JOB, expireEndedTerms } from './workflow/expire-commissioners';
import { overrideEligibility } from './workflow/override-eligibility';

const tags = ['科技特派员'];
export const ROSTER_PATH = '/commissioner/roster';

const MOVES = {
  recommend: [recommendCommissioner, '单位推荐'],
  review: [reviewCommissioner, '县级审核'],
  publicise: [publiciseCommissioner, '公示'],
  appoint: [appointCommissioner, '聘任（须符合资格条件或已填写例外原因）'],
  expire: [expireCommissioner, '期满'],
  dismiss: [dismissCommissioner, '解聘（须填写原因）'],
} as const;

/** The roster: list, detail, create, edit, the audited reveal, the status moves and the eligibility override. */
export async function rosterRoutes(app: App): Promise<void> {
  app.jobs.register<{ today?: string }>(EXPIRE_JOB, async (ctx) => ({
    expired: await expireEndedTerms(ctx.db, ctx.payload?.today ?? chinaToday()),
  }));

  app.get(ROSTER_PATH, {
    config: { access: 'signed-in' },
    schema: {
      tags,
      summary: '科技特派员名册（关键字、级别、批次、状态、服务领域、记录编号筛选，分页；身份证号和电话脱敏）',
      querystring: ZCommissionerListQuery,
      response: { 200: zPage(ZCommissioner) },
    },
    handler: async (req) => {
      const { current, pageSize, ...filter } = req.query;
      const scope = commissionerScope(requireAuth(req.auth));
      const { rows, total } = await listCommissioners(app.db, scope, filter, { current, pageSize });
      return { data: rows.map(presentCommissioner), total, success: true as const };
    },
  });

  app.get('/commissioner/accounts', {
    config: { access: 'commissioner:write' },
    schema: {
      tags,
      summary: '可关联的科技特派员账号（本辖区）',
      response: { 200: z.array(z.object({ id: z.number().int(), username: z.string(), displayName: z.string() })) },
    },
    handler: async (req) =>
      (await commissionerAccounts(app.db, requireAuth(req.auth).scopePrefix)).map((u) => ({
        id: u.id,
        username: u.username,
        displayName: u.display_name,
      })),
  });

  app.get(`${ROSTER_PATH}/:id`, {
    config: { access: 'signed-in' },
    schema: {
      tags,
      summary: '科技特派员详情（资格条件、状态记录、三方协议）',
      params: ZIdParam,
      response: { 200: ZCommissionerDetail },
    },
    handler: async (req) => readCommissionerDetail(app.db, requireAuth(req.auth), req.params.id),
  });

  app.get(`${ROSTER_PATH}/:id/personal`, {
    config: { access: 'commissioner:reveal' },
    schema: {
      tags,
      summary: '查看完整身份证号和电话（留痕）',
      params: ZIdParam,
      response: { 200: ZCommissionerPersonal },
    },
    handler: async (req) => revealPersonalData(app.db, contextOf(req), req.params.id),
  });

  app.post(ROSTER_PATH, {
    config: { access: 'commissioner:write' },
    schema: { tags, summary: '新增科技特派员（留痕）', body: ZCommissionerInput, response: { 200: ZCommissioner } },
    handler: async (req) => presentCommissioner(await createCommissioner(app.db, contextOf(req), req.body)),
  });

  app.put(`${ROSTER_PATH}/:id`, {
    config: { access: 'commissioner:write' },
    schema: {
      tags,
      summary: '修改科技特派员（乐观锁，留痕）',
      params: ZIdParam,
      body: ZUpdateCommissionerRequest,
      response: { 200: ZCommissioner },
    },
    handler: async (req) => {
      const { version, ...patch } = req.body;
      return presentCommissioner(
        await updateCommissioner(app.db, contextOf(req), { id: req.params.id, version, patch }),
      );
    },
  });

  for (const move of COMMISSIONER_MOVES) {
    const [useCase, summary] = MOVES[move];
    app.post(`${ROSTER_PATH}/:id/${move}`, {
      config: { access: 'commissioner:write' },
      schema: {
        tags,
        summary: `${summary}（留痕）`,
        params: ZIdParam,
        body: ZCommissionerMoveRequest,
        response: { 200: ZOk },
      },
      handler: async (req) => {
        await useCase(app.db, contextOf(req), req.params.id, req.body);
        return { ok: true as const };
      },
    });
  }

  app.post(`${ROSTER_PATH}/:id/eligibility-override`, {
    config: { access: 'commissioner:write' },
    schema: {
      tags,
      summary: '资格条件例外（须填写原因，留痕）',
      params: ZIdParam,
      body: ZEligibilityOverrideRequest,
      response: { 200: ZOk },
    },
    handler: async (req) => {
      await overrideEligibility(app.db, contextOf(req), req.params.id, req.body);
      return { ok: true as const };
    },
  });
}

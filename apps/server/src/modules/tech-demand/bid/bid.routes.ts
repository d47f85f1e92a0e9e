import { z } from 'zod';
import {
  ZAcceptanceInput,
  ZBidInput,
  ZBidObjectionRequest,
  ZBidOverview,
  ZChooseBidRequest,
  ZContractInput,
  ZIdParam,
  ZMilestoneReportInput,
  ZPublicBidResult,
  chinaToday,
  countWorkingDays,
} from '@kechuang/domain';
import { getWorkingDayCalendar } from '../../../platform/calendar';
import { contextOf, requireAuth, type App } from '../../../platform/http/types';
import { chooseBid } from './choose-bid';
import { setBidObjection } from './bid-objection';
import { resultsInPublicity } from './bid.repository';
import { readBidOverview } from './read-bids';
import { recordAcceptance } from './record-acceptance';
import { recordBid } from './record-bid';
import { recordContract } from './record-contract';
import { recordMilestoneReport } from './record-milestone-report';

const tags = ['揭榜挂帅'];
const ZDone = z.object({ id: z.number().int() });

/**
 * 揭榜 (docs/rules.md §5.2): applications, the choice and its 公示, the contract with milestones, reports, the
 * acceptance. Each answer of a change is its record's id; the page reloads the overview.
 */
export async function techDemandBidRoutes(app: App): Promise<void> {
  app.get('/tech-demand/demands/:id/bids', {
    config: { access: 'signed-in' },
    schema: {
      tags,
      summary: '需求的揭榜情况（申请、合同与里程碑、验收）',
      params: ZIdParam,
      response: { 200: ZBidOverview },
    },
    handler: async (req) => readBidOverview(app.db, requireAuth(req.auth), req.params.id),
  });

  app.post('/tech-demand/demands/:id/bids', {
    config: { access: 'signed-in' },
    schema: {
      tags,
      summary: '代团队登记揭榜申请（留痕）',
      params: ZIdParam,
      body: ZBidInput,
      response: { 200: ZDone },
    },
    handler: async (req) => ({ id: (await recordBid(app.db, contextOf(req), req.params.id, req.body)).id }),
  });

  app.post('/tech-demand/bids/:id/choose', {
    config: { access: 'signed-in' },
    schema: {
      tags,
      summary: '选定揭榜团队并公示（发榜企业或业务人员，留痕）',
      params: ZIdParam,
      body: ZChooseBidRequest,
      response: { 200: ZDone },
    },
    handler: async (req) => ({ id: (await chooseBid(app.db, contextOf(req), req.params.id, req.body.version)).id }),
  });

  app.post('/tech-demand/bids/:id/objection', {
    config: { access: 'signed-in' },
    schema: {
      tags,
      summary: '登记或处理公示异议（留痕）',
      params: ZIdParam,
      body: ZBidObjectionRequest,
      response: { 200: ZDone },
    },
    handler: async (req) => ({ id: (await setBidObjection(app.db, contextOf(req), req.params.id, req.body)).id }),
  });

  app.post('/tech-demand/demands/:id/contract', {
    config: { access: 'signed-in' },
    schema: {
      tags,
      summary: '登记揭榜合同与里程碑（公示结束后，留痕）',
      params: ZIdParam,
      body: ZContractInput,
      response: { 200: ZDone },
    },
    handler: async (req) => ({ id: (await recordContract(app.db, contextOf(req), req.params.id, req.body)).id }),
  });

  app.post('/tech-demand/milestones/:id/reports', {
    config: { access: 'signed-in' },
    schema: {
      tags,
      summary: '登记里程碑报告与付款（留痕）',
      params: ZIdParam,
      body: ZMilestoneReportInput,
      response: { 200: ZDone },
    },
    handler: async (req) => ({
      id: (await recordMilestoneReport(app.db, contextOf(req), req.params.id, req.body)).id,
    }),
  });

  app.post('/tech-demand/demands/:id/acceptance', {
    config: { access: 'signed-in' },
    schema: {
      tags,
      summary: '登记项目验收（留痕）',
      params: ZIdParam,
      body: ZAcceptanceInput,
      response: { 200: ZDone },
    },
    handler: async (req) => ({ id: (await recordAcceptance(app.db, contextOf(req), req.params.id, req.body)).id }),
  });

  // Public, no sign-in: results under 公示 name the demand, its enterprise and the institution, never a person.
  app.get('/public/tech-demand/bid-results', {
    config: { access: 'public' },
    schema: { tags: ['公示（公开）'], summary: '公示中的揭榜结果', response: { 200: z.array(ZPublicBidResult) } },
    handler: async () => {
      const calendar = await getWorkingDayCalendar(app.db);
      return (await resultsInPublicity(app.db, chinaToday())).map((r) => ({
        bidId: r.id,
        demandTitle: r.title,
        enterpriseName: r.enterprise_name,
        institutionName: r.institution_name,
        chosenOn: r.chosen_on!,
        publicityFrom: r.publicity_from!,
        publicityTo: r.publicity_to!,
        workingDays: countWorkingDays(r.publicity_from!, r.publicity_to!, calendar),
      }));
    },
  });
}

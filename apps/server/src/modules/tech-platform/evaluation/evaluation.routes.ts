import { z } from 'zod';
import {
  ZAssignEvalExpertsRequest,
  ZCreateEvalSchemeRequest,
  ZEvalEntry,
  ZEvalRegionSetting,
  ZEvalRound,
  ZEvalRoundListQuery,
  ZEvalRoundMove,
  ZEvalRoundTransitionRequest,
  ZEvalScheme,
  ZIdParam,
  ZManagementScoreRequest,
  ZOk,
  ZOpenEvalRoundRequest,
  ZReturnEvalDataRequest,
  ZSaveEvalDataRequest,
  ZSaveEvalRegionSettingRequest,
  ZScoreEvalRequest,
  zPage,
} from '@kechuang/domain';
import { contextOf, requireAuth, type App } from '../../../platform/http/types';
import { assignEvalExperts } from './assign-eval-experts';
import { createEvalScheme } from './create-eval-scheme';
import { evaluationScope } from './evaluation.policy';
import { presentEvalEntry, presentEvalRound, presentEvalRoundMove, presentEvalScheme } from './evaluation.presenter';
import { findRegionSetting, findRound, listRounds, listSchemes } from './evaluation.repository';
import { openEvalRound } from './open-eval-round';
import { listEvalResults } from './list-eval-results';
import { readEvalRound } from './read-eval-round';
import { returnEvalData } from './return-eval-data';
import { saveEvalData } from './save-eval-data';
import { saveEvalRegionSetting } from './save-eval-region-setting';
import { scoreEvalTask } from './score-eval-task';
import { setManagementScore } from './set-management-score';
import { transitionEvalRound } from './transition-eval-round';

const tags = ['创新平台综合评价'];
const base = '/tech-platform/evaluation';
const ZRoundDetail = z.object({ round: ZEvalRound, entries: z.array(ZEvalEntry), history: z.array(ZEvalRoundMove) });
const ZEvalResultsQuery = z.object({
  ids: z
    .string()
    .regex(/^\d+(,\d+)*$/, 'ids 须为逗号分隔的编号')
    .optional(),
  roundId: z.coerce.number().int().positive().optional(),
});
const ZRegionParam = z.object({ code: z.string().regex(/^\d{6}$/, '所属县区须为 6 位区划代码') });

/** 孵化器/众创空间综合评价 (docs/rules.md §5.4): schemes, rounds, figures, expert and bureau scores, grades. */
export async function evaluationRoutes(app: App): Promise<void> {
  app.get(`${base}/schemes`, {
    config: { access: 'tech-platform:read' },
    schema: { tags, summary: '评价指标体系（各版本）', response: { 200: z.array(ZEvalScheme) } },
    handler: async () => (await listSchemes(app.db)).map(presentEvalScheme),
  });

  app.post(`${base}/schemes`, {
    // The province issues a scheme every county evaluates by: the write reaches below its own region.
    config: { access: 'tech-platform:write', regionWide: true },
    schema: {
      tags,
      summary: '发布评价指标体系新版本（省级，留痕）',
      body: ZCreateEvalSchemeRequest,
      response: { 200: ZEvalScheme },
    },
    handler: async (req) => presentEvalScheme(await createEvalScheme(app.db, contextOf(req), req.body)),
  });

  app.get(`${base}/regions/:code`, {
    config: { access: 'tech-platform:read' },
    schema: { tags, summary: '县区的艰苦边远地区设置', params: ZRegionParam, response: { 200: ZEvalRegionSetting } },
    handler: async (req) => {
      const s = await findRegionSetting(app.db, req.params.code);
      return { regionCode: req.params.code, hardshipArea: s?.hardship_area ?? false, version: s?.version ?? 0 };
    },
  });

  app.put(`${base}/regions/:code`, {
    config: { access: 'tech-platform:write' },
    schema: {
      tags,
      summary: '设置县区是否为艰苦边远地区（留痕）',
      params: ZRegionParam,
      body: ZSaveEvalRegionSettingRequest,
      response: { 200: ZEvalRegionSetting },
    },
    handler: async (req) => {
      const s = await saveEvalRegionSetting(app.db, contextOf(req), { regionCode: req.params.code, ...req.body });
      return { regionCode: s.region_code, hardshipArea: s.hardship_area, version: s.version };
    },
  });

  app.get(`${base}/rounds`, {
    config: { access: 'signed-in' },
    schema: {
      tags,
      summary: '评价批次（业务人员：辖区内；企业：本单位平台所在；专家：指派给本人的）',
      querystring: ZEvalRoundListQuery,
      response: { 200: zPage(ZEvalRound) },
    },
    handler: async (req) => {
      const { current, pageSize, ...filter } = req.query;
      const scope = evaluationScope(requireAuth(req.auth));
      const { rows, total } = await listRounds(app.db, scope, filter, { current, pageSize });
      return { data: rows.map(presentEvalRound), total, success: true as const };
    },
  });

  app.post(`${base}/rounds`, {
    config: { access: 'tech-platform:write' },
    schema: { tags, summary: '开启评价批次（留痕）', body: ZOpenEvalRoundRequest, response: { 200: ZEvalRound } },
    handler: async (req) => {
      const id = await openEvalRound(app.db, contextOf(req), req.body);
      return presentEvalRound((await findRound(app.db, id))!);
    },
  });

  app.get(`${base}/rounds/:id`, {
    config: { access: 'signed-in' },
    schema: { tags, summary: '评价批次详情与可见的评价记录', params: ZIdParam, response: { 200: ZRoundDetail } },
    handler: async (req) => {
      const { round, entries, tasks, history } = await readEvalRound(app.db, requireAuth(req.auth), req.params.id);
      return {
        round: presentEvalRound(round),
        entries: entries.map((e) => presentEvalEntry(e, tasks)),
        history: history.map(presentEvalRoundMove),
      };
    },
  });

  app.get(`${base}/results`, {
    config: { access: 'signed-in' },
    schema: {
      tags,
      summary: '评价记录（按编号或批次；报告数字的链接）',
      querystring: ZEvalResultsQuery,
      response: { 200: z.array(ZEvalEntry) },
    },
    handler: async (req) => {
      const ids = req.query.ids?.split(',').map(Number);
      const { entries, tasks } = await listEvalResults(app.db, requireAuth(req.auth), {
        ids,
        roundId: req.query.roundId,
      });
      return entries.map((e) => presentEvalEntry(e, tasks));
    },
  });

  app.post(`${base}/rounds/:id/transition`, {
    config: { access: 'tech-platform:write' },
    schema: {
      tags,
      summary: '评价批次状态变更：截止填报进入评审、汇总定级、生成公示（留痕）',
      params: ZIdParam,
      body: ZEvalRoundTransitionRequest,
      response: { 200: ZOk },
    },
    handler: async (req) => {
      await transitionEvalRound(app.db, contextOf(req), { id: req.params.id, ...req.body });
      return { ok: true as const };
    },
  });

  app.put(`${base}/entries/:id/data`, {
    config: { access: 'signed-in' },
    schema: {
      tags,
      summary: '填报或提交平台年度评价数据（运营单位或业务人员代填，留痕）',
      params: ZIdParam,
      body: ZSaveEvalDataRequest,
      response: { 200: ZOk },
    },
    handler: async (req) => {
      await saveEvalData(app.db, contextOf(req), { entryId: req.params.id, ...req.body });
      return { ok: true as const };
    },
  });

  app.post(`${base}/entries/:id/return`, {
    config: { access: 'tech-platform:write' },
    schema: {
      tags,
      summary: '退回已提交的评价数据（开放填报阶段，须写明原因，留痕）',
      params: ZIdParam,
      body: ZReturnEvalDataRequest,
      response: { 200: ZOk },
    },
    handler: async (req) => {
      await returnEvalData(app.db, contextOf(req), { entryId: req.params.id, ...req.body });
      return { ok: true as const };
    },
  });

  app.put(`${base}/entries/:id/management`, {
    config: { access: 'tech-platform:write' },
    schema: {
      tags,
      summary: '地方管理评价得分（留痕）',
      params: ZIdParam,
      body: ZManagementScoreRequest,
      response: { 200: ZOk },
    },
    handler: async (req) => {
      await setManagementScore(app.db, contextOf(req), { entryId: req.params.id, ...req.body });
      return { ok: true as const };
    },
  });

  app.post(`${base}/assign-experts`, {
    config: { access: 'tech-platform:write' },
    schema: {
      tags,
      summary: '指派评审专家（利益冲突者拒绝，留痕）',
      body: ZAssignEvalExpertsRequest,
      response: { 200: z.object({ added: z.number().int() }) },
    },
    handler: async (req) => ({ added: await assignEvalExperts(app.db, contextOf(req), req.body) }),
  });

  app.put(`${base}/expert-tasks/:id`, {
    config: { access: 'tech-platform:review' },
    schema: {
      tags,
      summary: '专家定性评价打分（仅本人任务，留痕）',
      params: ZIdParam,
      body: ZScoreEvalRequest,
      response: { 200: ZOk },
    },
    handler: async (req) => {
      await scoreEvalTask(app.db, contextOf(req), { taskId: req.params.id, ...req.body });
      return { ok: true as const };
    },
  });
}

import {
  ZIdParam,
  ZLiaisonAssignment,
  ZLiaisonAssignmentChange,
  ZLiaisonAssignmentEnd,
  ZLiaisonAssignmentInput,
  ZLiaisonAssignmentListQuery,
  ZLiaisonCadre,
  ZLiaisonCoverage,
  ZLiaisonCoverageQuery,
  ZLiaisonIssue,
  ZLiaisonIssueListQuery,
  ZLiaisonIssueTransitionRequest,
  ZLiaisonRuleAssignmentInput,
  ZLiaisonRuleCommitted,
  ZLiaisonRulePreview,
  ZLiaisonVisit,
  ZLiaisonVisitInput,
  ZLiaisonVisitListQuery,
  zPage,
} from '@kechuang/domain';
import { z } from 'zod';
import { contextOf, requireAuth, type App } from '../../platform/http/types';
import { assignEnterprise } from './assign-enterprise';
import { changeAssignment, endAssignment } from './change-assignment';
import { commitRuleAssignment, previewRuleAssignment } from './assign-by-rule';
import { listAssignments } from './assignment.repository';
import { liaisonCoverage } from './coverage';
import { listCadres, readIssue } from './read-liaison';
import { listIssues } from './issue.repository';
import { liaisonIssueScope, liaisonRegionScope } from './liaison.policy';
import { recordVisit } from './record-visit';
import { transitionIssue } from './transition-issue';
import { listVisits } from './visit.repository';

const tags = ['干部包企业'];
const mineOf = (mine: string | undefined, userId: number) => (mine === 'true' ? userId : undefined);

/** 干部包企业 (docs/rules.md §5.7.1): assignments, visits, issues and coverage. Each route parses, calls, answers. */
export async function liaisonRoutes(app: App): Promise<void> {
  app.get('/liaison/cadres', {
    config: { access: 'liaison:read' },
    schema: { tags, summary: '可包联干部（本区划业务人员与局领导）', response: { 200: z.array(ZLiaisonCadre) } },
    handler: async (req) => listCadres(app.db, liaisonRegionScope(requireAuth(req.auth))),
  });

  app.get('/liaison/assignments', {
    config: { access: 'liaison:read' },
    schema: {
      tags,
      summary: '包联分配列表',
      querystring: ZLiaisonAssignmentListQuery,
      response: { 200: zPage(ZLiaisonAssignment) },
    },
    handler: async (req) => {
      const { current, pageSize, ...filter } = req.query;
      const scope = liaisonRegionScope(requireAuth(req.auth));
      const { rows, total } = await listAssignments(app.db, scope, filter, { current, pageSize });
      return { data: rows, total, success: true as const };
    },
  });

  app.post('/liaison/assignments', {
    config: { access: 'liaison:write' },
    schema: {
      tags,
      summary: '手工包联分配（留痕）',
      body: ZLiaisonAssignmentInput,
      response: { 200: ZLiaisonAssignment },
    },
    handler: async (req) => assignEnterprise(app.db, contextOf(req), req.body),
  });

  app.put('/liaison/assignments/:id', {
    config: { access: 'liaison:write' },
    schema: {
      tags,
      summary: '修改包联分配（干部、期间、备注；须填理由，留痕）',
      params: ZIdParam,
      body: ZLiaisonAssignmentChange,
      response: { 200: ZLiaisonAssignment },
    },
    handler: async (req) => changeAssignment(app.db, contextOf(req), req.params.id, req.body),
  });

  app.post('/liaison/assignments/:id/end', {
    config: { access: 'liaison:write' },
    schema: {
      tags,
      summary: '提前结束包联分配（须填理由，留痕）',
      params: ZIdParam,
      body: ZLiaisonAssignmentEnd,
      response: { 200: ZLiaisonAssignment },
    },
    handler: async (req) => endAssignment(app.db, contextOf(req), req.params.id, req.body),
  });

  app.post('/liaison/assignments/rule-preview', {
    config: { access: 'liaison:write' },
    schema: {
      tags,
      summary: '按规则分配预览',
      body: ZLiaisonRuleAssignmentInput,
      response: { 200: ZLiaisonRulePreview },
    },
    handler: async (req) => previewRuleAssignment(app.db, requireAuth(req.auth), req.body),
  });

  app.post('/liaison/assignments/rule', {
    config: { access: 'liaison:write' },
    schema: {
      tags,
      summary: '按规则分配（留痕）',
      body: ZLiaisonRuleAssignmentInput,
      response: { 200: ZLiaisonRuleCommitted },
    },
    handler: async (req) => commitRuleAssignment(app.db, contextOf(req), req.body),
  });

  app.get('/liaison/visits', {
    config: { access: 'liaison:read' },
    schema: {
      tags,
      summary: '走访记录列表',
      querystring: ZLiaisonVisitListQuery,
      response: { 200: zPage(ZLiaisonVisit) },
    },
    handler: async (req) => {
      const { current, pageSize, mine, ...filter } = req.query;
      const auth = requireAuth(req.auth);
      const f = { ...filter, cadreId: mineOf(mine, auth.userId) };
      const { rows, total } = await listVisits(app.db, liaisonRegionScope(auth), f, { current, pageSize });
      return { data: rows, total, success: true as const };
    },
  });

  app.post('/liaison/visits', {
    config: { access: 'liaison:write' },
    schema: {
      tags,
      summary: '登记走访（含提出的问题，留痕）',
      body: ZLiaisonVisitInput,
      response: { 200: ZLiaisonVisit },
    },
    handler: async (req) => recordVisit(app.db, contextOf(req), req.body),
  });

  app.get('/liaison/issues', {
    config: { access: 'signed-in' },
    schema: {
      tags,
      summary: '企业诉求列表（企业用户仅本单位）',
      querystring: ZLiaisonIssueListQuery,
      response: { 200: zPage(ZLiaisonIssue) },
    },
    handler: async (req) => {
      const { current, pageSize, mine, ...filter } = req.query;
      const auth = requireAuth(req.auth);
      const f = { ...filter, cadreId: mineOf(mine, auth.userId) };
      const { rows, total } = await listIssues(app.db, liaisonIssueScope(auth), f, { current, pageSize });
      return { data: rows, total, success: true as const };
    },
  });

  app.get('/liaison/issues/:id', {
    config: { access: 'signed-in' },
    schema: { tags, summary: '企业诉求详情（含办理记录）', params: ZIdParam, response: { 200: ZLiaisonIssue } },
    handler: async (req) => readIssue(app.db, requireAuth(req.auth), req.params.id),
  });

  app.post('/liaison/issues/:id/transition', {
    config: { access: 'signed-in' },
    schema: {
      tags,
      summary: '诉求办理：开始办理、办结答复、企业确认或退回重办（留痕）',
      params: ZIdParam,
      body: ZLiaisonIssueTransitionRequest,
      response: { 200: ZLiaisonIssue },
    },
    handler: async (req) => transitionIssue(app.db, contextOf(req), req.params.id, req.body),
  });

  app.get('/liaison/coverage', {
    config: { access: 'liaison:read' },
    schema: {
      tags,
      summary: '包联覆盖（按干部、按乡镇）',
      querystring: ZLiaisonCoverageQuery,
      response: { 200: ZLiaisonCoverage },
    },
    handler: async (req) => {
      const auth = requireAuth(req.auth);
      return liaisonCoverage(app.db, liaisonRegionScope(auth), req.query, mineOf(req.query.mine, auth.userId));
    },
  });
}

import { z } from 'zod';
import {
  ZCoopMilestone,
  ZCoopMilestoneInput,
  ZCoopOutput,
  ZCoopOutputInput,
  ZCoopOutputListQuery,
  ZCoopOutputRow,
  ZCoopProject,
  ZCoopProjectDetail,
  ZCoopProjectInput,
  ZCoopProjectListQuery,
  ZCoopTransitionRequest,
  ZIdParam,
  ZUpdateCoopProjectRequest,
  zPage,
} from '@kechuang/domain';
import { contextOf, requireAuth, type App } from '../../platform/http/types';
import { cooperationScope } from './cooperation.policy';
import {
  presentHistory,
  presentMilestone,
  presentOutput,
  presentOutputRow,
  presentProject,
} from './cooperation.presenter';
import { addMilestone, addOutput, linkOutputAchievement, updateMilestone } from './project-progress';
import { createProject, readProject, updateProject } from './project-writes';
import { historyOf, listOutputs, listProjects, projectMilestones, projectOutputs } from './project.repository';
import { transitionProject } from './transition-project';

const tags = ['院地院企合作'];
const ZChildParam = ZIdParam.extend({ childId: z.coerce.number().int().positive() });

/** 合作项目: list (an enterprise user its own), detail, create, edit, state moves, milestones and outputs. */
export async function projectRoutes(app: App): Promise<void> {
  app.get('/cooperation/projects', {
    config: { access: 'signed-in' },
    schema: {
      tags,
      summary: '合作项目列表（关键字、状态、领域、年度、企业、院所、记录编号筛选，分页）',
      querystring: ZCoopProjectListQuery,
      response: { 200: zPage(ZCoopProject) },
    },
    handler: async (req) => {
      const { current, pageSize, ...filter } = req.query;
      const scope = cooperationScope(requireAuth(req.auth));
      const { rows, total } = await listProjects(app.db, scope, filter, { current, pageSize });
      return { data: rows.map(presentProject), total, success: true as const };
    },
  });

  app.get('/cooperation/outputs', {
    config: { access: 'signed-in' },
    schema: {
      tags,
      summary: '合作成果列表（关键字、类型、年度、记录编号筛选，分页）',
      querystring: ZCoopOutputListQuery,
      response: { 200: zPage(ZCoopOutputRow) },
    },
    handler: async (req) => {
      const { current, pageSize, ...filter } = req.query;
      const scope = cooperationScope(requireAuth(req.auth));
      const { data, total } = await listOutputs(app.db, scope, filter, { current, pageSize });
      return { data: data.map(presentOutputRow), total, success: true as const };
    },
  });

  app.get('/cooperation/projects/:id', {
    config: { access: 'signed-in' },
    schema: {
      tags,
      summary: '合作项目详情（里程碑、成果、状态记录）',
      params: ZIdParam,
      response: { 200: ZCoopProjectDetail },
    },
    handler: async (req) => {
      const row = await readProject(app.db, requireAuth(req.auth), req.params.id);
      const [milestones, outputs, history] = await Promise.all([
        projectMilestones(app.db, row.id),
        projectOutputs(app.db, row.id),
        historyOf(app.db, 'project', row.id),
      ]);
      return {
        ...presentProject(row),
        milestones: milestones.map(presentMilestone),
        outputs: outputs.map(presentOutput),
        history: history.map(presentHistory),
      };
    },
  });

  app.post('/cooperation/projects', {
    config: { access: 'cooperation:write' },
    schema: { tags, summary: '登记合作项目（留痕）', body: ZCoopProjectInput, response: { 200: ZCoopProject } },
    handler: async (req) => presentProject(await createProject(app.db, contextOf(req), req.body)),
  });

  app.put('/cooperation/projects/:id', {
    config: { access: 'cooperation:write' },
    schema: {
      tags,
      summary: '修改合作项目（乐观锁，留痕）',
      params: ZIdParam,
      body: ZUpdateCoopProjectRequest,
      response: { 200: ZCoopProject },
    },
    handler: async (req) => {
      const { version, ...patch } = req.body;
      return presentProject(await updateProject(app.db, contextOf(req), { id: req.params.id, version, patch }));
    },
  });

  app.post('/cooperation/projects/:id/transitions', {
    config: { access: 'cooperation:write' },
    schema: {
      tags,
      summary: '合作项目状态变更（签约 → 实施中 → 已结题/终止；终止须填写原因）',
      params: ZIdParam,
      body: ZCoopTransitionRequest,
      response: { 200: ZCoopProject },
    },
    handler: async (req) => presentProject(await transitionProject(app.db, contextOf(req), req.params.id, req.body)),
  });

  app.post('/cooperation/projects/:id/milestones', {
    config: { access: 'signed-in' },
    schema: {
      tags,
      summary: '新增里程碑（业务人员，或企业填报本单位项目；留痕）',
      params: ZIdParam,
      body: ZCoopMilestoneInput,
      response: { 200: ZCoopMilestone },
    },
    handler: async (req) => presentMilestone(await addMilestone(app.db, contextOf(req), req.params.id, req.body)),
  });

  app.put('/cooperation/projects/:id/milestones/:childId', {
    config: { access: 'signed-in' },
    schema: {
      tags,
      summary: '填报里程碑进展（实际完成日期、是否完成；留痕）',
      params: ZChildParam,
      body: ZCoopMilestoneInput,
      response: { 200: ZCoopMilestone },
    },
    handler: async (req) =>
      presentMilestone(await updateMilestone(app.db, contextOf(req), req.params.id, req.params.childId, req.body)),
  });

  app.post('/cooperation/projects/:id/outputs', {
    config: { access: 'signed-in' },
    schema: {
      tags,
      summary: '登记合作成果（专利、新产品、标准、论文、培养人才；留痕）',
      params: ZIdParam,
      body: ZCoopOutputInput,
      response: { 200: ZCoopOutput },
    },
    handler: async (req) => presentOutput(await addOutput(app.db, contextOf(req), req.params.id, req.body)),
  });

  app.put('/cooperation/projects/:id/outputs/:childId/achievement', {
    config: { access: 'signed-in' },
    schema: {
      tags,
      summary: '关联科技成果登记（成果登记后回填其编号；留痕）',
      params: ZChildParam,
      body: z.object({ achievementId: z.number().int().positive('科技成果编号须为正整数').nullable() }),
      response: { 200: ZCoopOutput },
    },
    handler: async (req) => {
      const { id, childId } = req.params;
      const row = await linkOutputAchievement(app.db, contextOf(req), id, childId, req.body.achievementId);
      const [withLabel] = (await projectOutputs(app.db, id)).filter((o) => o.id === row.id);
      return presentOutput(withLabel);
    },
  });
}

import { z } from 'zod';
import {
  ZAddIncubateeRequest,
  ZGraduateRequest,
  ZIdParam,
  ZOk,
  ZReportChangeRequest,
  ZTechPlatformDetail,
  ZTechPlatformInput,
  ZTechPlatformListQuery,
  ZTechPlatform,
  ZTechPlatformTransitionRequest,
  ZUpdateTechPlatformRequest,
  chinaToday,
  zPage,
} from '@kechuang/domain';
import { contextOf, requireAuth, type App } from '../../platform/http/types';
import { addIncubatee } from './add-incubatee';
import { CHANGE_REMINDER_JOB, sendChangeReminders } from './change-reminders';
import { createTechPlatform } from './create-tech-platform';
import { graduateIncubatee } from './graduate-incubatee';
import { listPlatformsPage } from './list-tech-platforms';
import { readPlatformDetail } from './read-platform-detail';
import { reportChange } from './report-change';
import { transitionTechPlatform } from './transition-tech-platform';
import { updateTechPlatform } from './update-tech-platform';

const tags = ['创新平台'];
const ZCreated = z.object({ id: z.number().int() });

/** The register: list, detail, create, edit, status moves, incubatees and graduations, 变更 reports. */
export async function techPlatformRoutes(app: App): Promise<void> {
  app.jobs.register<{ today?: string }>(CHANGE_REMINDER_JOB, async (ctx) => ({
    sent: await sendChangeReminders(ctx.db, ctx.payload?.today ?? chinaToday()),
  }));

  app.get('/tech-platform/platforms', {
    config: { access: 'signed-in' },
    schema: {
      tags,
      summary: '创新平台列表（关键字、类别、级别、状态、区划、认定年度、记录编号筛选，分页）',
      querystring: ZTechPlatformListQuery,
      response: { 200: zPage(ZTechPlatform) },
    },
    handler: async (req) => {
      const { current, pageSize, ...filter } = req.query;
      const page = await listPlatformsPage(app.db, requireAuth(req.auth), filter, { current, pageSize });
      return { ...page, success: true as const };
    },
  });

  app.get('/tech-platform/platforms/:id', {
    config: { access: 'signed-in' },
    schema: {
      tags,
      summary: '创新平台详情（状态记录、在孵企业、变更、附件）',
      params: ZIdParam,
      response: { 200: ZTechPlatformDetail },
    },
    handler: async (req) => readPlatformDetail(app.db, requireAuth(req.auth), req.params.id),
  });

  app.post('/tech-platform/platforms', {
    config: { access: 'tech-platform:write' },
    schema: { tags, summary: '登记创新平台（留痕）', body: ZTechPlatformInput, response: { 200: ZTechPlatformDetail } },
    handler: async (req) => {
      const id = await createTechPlatform(app.db, contextOf(req), req.body);
      return readPlatformDetail(app.db, requireAuth(req.auth), id);
    },
  });

  app.put('/tech-platform/platforms/:id', {
    config: { access: 'tech-platform:write' },
    schema: {
      tags,
      summary: '修改创新平台（乐观锁，留痕；孵化载体的名称、运营主体、面积、场地变更记为待报告的变更）',
      params: ZIdParam,
      body: ZUpdateTechPlatformRequest,
      response: { 200: ZTechPlatformDetail },
    },
    handler: async (req) => {
      const { version, changedOn, ...patch } = req.body;
      await updateTechPlatform(app.db, contextOf(req), { id: req.params.id, version, patch, changedOn });
      return readPlatformDetail(app.db, requireAuth(req.auth), req.params.id);
    },
  });

  app.post('/tech-platform/platforms/:id/transitions', {
    config: { access: 'tech-platform:write' },
    schema: {
      tags,
      summary: '变更平台状态（筹备 → 建设中 → 已认定 → 摘牌/撤销；摘牌、撤销须填原因）',
      params: ZIdParam,
      body: ZTechPlatformTransitionRequest,
      response: { 200: ZTechPlatformDetail },
    },
    handler: async (req) => {
      await transitionTechPlatform(app.db, contextOf(req), req.params.id, req.body);
      return readPlatformDetail(app.db, requireAuth(req.auth), req.params.id);
    },
  });

  app.post('/tech-platform/platforms/:id/incubatees', {
    config: { access: 'tech-platform:write' },
    schema: {
      tags,
      summary: '登记在孵企业（孵化器、众创空间、星创天地）',
      params: ZIdParam,
      body: ZAddIncubateeRequest,
      response: { 200: ZCreated },
    },
    handler: async (req) => ({ id: await addIncubatee(app.db, contextOf(req), req.params.id, req.body) }),
  });

  app.post('/tech-platform/incubatees/:id/graduation', {
    config: { access: 'tech-platform:write' },
    schema: {
      tags,
      summary: '在孵企业毕业（按毕业条件核验：高企资格与营业收入对照企业库，融资与并购上市须说明证明材料）',
      params: ZIdParam,
      body: ZGraduateRequest,
      response: { 200: ZOk },
    },
    handler: async (req) => {
      await graduateIncubatee(app.db, contextOf(req), req.params.id, req.body);
      return { ok: true as const };
    },
  });

  app.post('/tech-platform/changes/:id/report', {
    config: { access: 'tech-platform:write' },
    schema: {
      tags,
      summary: '登记变更已向认定机构报告',
      params: ZIdParam,
      body: ZReportChangeRequest,
      response: { 200: ZOk },
    },
    handler: async (req) => {
      await reportChange(app.db, contextOf(req), req.params.id, req.body.reportedOn);
      return { ok: true as const };
    },
  });
}

import { z } from 'zod';
import {
  ZAssessment,
  ZAssessmentDetail,
  ZAssessmentEntry,
  ZAssessmentScheme,
  ZCreateAssessmentSchemeRequest,
  ZIdParam,
  ZOpenAssessmentRequest,
  ZPublishAssessmentRequest,
  ZRatableEntry,
  ZRateCommissionerRequest,
  ZScoreAssessmentEntryRequest,
  zFactIdsText,
} from '@kechuang/domain';
import { contextOf, requireAuth, type App } from '../../../platform/http/types';
import { assessmentScope } from './assessment.policy';
import { presentAssessment, presentAssessmentEntry, presentAssessmentScheme } from './assessment.presenter';
import { findEntry, findScheme, listAssessments, listSchemes, ratableEntries } from './assessment.repository';
import { createAssessmentScheme } from './create-assessment-scheme';
import { openAssessment } from './open-assessment';
import { publishAssessment } from './publish-assessment';
import { rateCommissioner } from './rate-commissioner';
import { readAssessment } from './read-assessment';
import { scoreAssessmentEntry } from './score-assessment-entry';

const tags = ['科技特派员年度考核'];
const base = '/commissioner/assessments';
const ZYearQuery = z.object({
  year: z.coerce.number().int('年度须为整数').min(2000, '年度不早于 2000').max(2100, '年度不晚于 2100').optional(),
  /** A report fact's entries (`commissioner.assessment-grades`): the assessments holding them. */
  ids: zFactIdsText.optional(),
});

/** The annual assessment of 科技特派员 (docs/rules.md §5.1.1). */
export async function assessmentRoutes(app: App): Promise<void> {
  app.get('/commissioner/assessment-schemes', {
    config: { access: 'commissioner:read' },
    schema: { tags, summary: '考核方案（各版本）', response: { 200: z.array(ZAssessmentScheme) } },
    handler: async () => (await listSchemes(app.db)).map(presentAssessmentScheme),
  });

  app.post('/commissioner/assessment-schemes', {
    // The province issues a scheme every county assesses by: the write reaches below its own region.
    config: { access: 'commissioner:assess', regionWide: true },
    schema: {
      tags,
      summary: '发布考核方案新版本（省级，留痕）',
      body: ZCreateAssessmentSchemeRequest,
      response: { 200: ZAssessmentScheme },
    },
    handler: async (req) =>
      presentAssessmentScheme(await findScheme(app.db, await createAssessmentScheme(app.db, contextOf(req), req.body))),
  });

  app.get(base, {
    config: { access: 'commissioner:read' },
    schema: { tags, summary: '年度考核（辖区内）', querystring: ZYearQuery, response: { 200: z.array(ZAssessment) } },
    handler: async (req) =>
      (await listAssessments(app.db, assessmentScope(requireAuth(req.auth)), req.query)).map(presentAssessment),
  });

  app.post(base, {
    config: { access: 'commissioner:assess' },
    schema: {
      tags,
      summary: '开启年度考核（留痕）',
      body: ZOpenAssessmentRequest,
      response: { 200: ZAssessmentDetail },
    },
    handler: async (req) => {
      const id = await openAssessment(app.db, contextOf(req), req.body);
      return detail(app, req.auth, id);
    },
  });

  app.get(`${base}/ratable`, {
    config: { access: 'commissioner:rate' },
    schema: { tags, summary: '本单位可评价的科技特派员', response: { 200: z.array(ZRatableEntry) } },
    handler: async (req) => {
      const auth = requireAuth(req.auth);
      if (auth.enterpriseId === null) return [];
      const rows = await ratableEntries(app.db, auth.enterpriseId);
      return rows.map((r) => ({
        entryId: r.id,
        year: r.year,
        commissionerName: r.name,
        maxPoints: r.items.find((i) => i.source === 'satisfaction')?.maxPoints ?? 0,
        myPoints: r.points === null ? null : Number(r.points),
        open: r.status === 'open',
      }));
    },
  });

  app.get(`${base}/:id`, {
    config: { access: 'commissioner:read' },
    schema: { tags, summary: '年度考核详情', params: ZIdParam, response: { 200: ZAssessmentDetail } },
    handler: async (req) => detail(app, req.auth, req.params.id),
  });

  app.put(`${base}/entries/:id`, {
    config: { access: 'commissioner:assess' },
    schema: {
      tags,
      summary: '考核评分（留痕）',
      params: ZIdParam,
      body: ZScoreAssessmentEntryRequest,
      response: { 200: ZAssessmentEntry },
    },
    handler: async (req) => {
      await scoreAssessmentEntry(app.db, contextOf(req), req.params.id, req.body);
      const e = (await findEntry(app.db, req.params.id))!;
      const d = await readAssessment(app.db, requireAuth(req.auth), e.assessment_id);
      return presentAssessmentEntry(e, d.scheme);
    },
  });

  app.put(`${base}/entries/:id/rating`, {
    config: { access: 'commissioner:rate' },
    schema: {
      tags,
      summary: '服务对象满意度评价（企业用户，留痕）',
      params: ZIdParam,
      body: ZRateCommissionerRequest,
      response: { 200: z.object({ ok: z.literal(true) }) },
    },
    handler: async (req) => {
      await rateCommissioner(app.db, contextOf(req), req.params.id, req.body);
      return { ok: true as const };
    },
  });

  app.post(`${base}/:id/publish`, {
    config: { access: 'commissioner:assess' },
    schema: {
      tags,
      summary: '拟定考核结果公示（留痕）',
      params: ZIdParam,
      body: ZPublishAssessmentRequest,
      response: { 200: z.object({ noticeId: z.number().int() }) },
    },
    handler: async (req) => ({ noticeId: await publishAssessment(app.db, contextOf(req), req.params.id, req.body) }),
  });
}

async function detail(app: App, auth: Parameters<typeof requireAuth>[0], id: number) {
  const { assessment, scheme, entries } = await readAssessment(app.db, requireAuth(auth), id);
  return {
    assessment: presentAssessment(assessment),
    scheme: presentAssessmentScheme(scheme),
    entries: entries.map((e) => presentAssessmentEntry(e, scheme)),
  };
}

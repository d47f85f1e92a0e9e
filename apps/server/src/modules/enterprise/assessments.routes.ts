import { z } from 'zod';
import {
  deductionRatio,
  estimateDeduction,
  type THighTechInput,
  type TTechSmeInput,
  evaluateHighTech,
  evaluateTechSme,
  ZAssessmentPrefill,
  ZIdParam,
  ZRdDeductionAssessmentRequest,
} from '@kechuang/domain';
import { AppError } from '../../platform/errors';
import { requireAuth, type App } from '../../platform/http/types';
import { assertCanAssess } from './enterprise.policy';
import { prefillAssessment } from './prefill-assessment';

const tags = ['自评测算'];

// Engines validate their own input with zod; their errors become the usual 400 with the field named.
function run<T>(fn: () => T): T {
  try {
    return fn();
  } catch (err) {
    if (err instanceof z.ZodError) {
      const details = err.issues.map((i) => ({ field: i.path.join('.'), message: i.message }));
      throw new AppError('VALIDATION_FAILED', `${details[0].field}：${details[0].message}`, details);
    }
    throw err;
  }
}

/** The three calculators (科小, 高企, 加计扣除), usable by staff and by an enterprise user on its own data. */
export async function assessmentRoutes(app: App): Promise<void> {
  app.get('/enterprises/:id/assessment-prefill', {
    config: { access: 'signed-in' },
    schema: {
      tags,
      summary: '从企业名录与年度数据预填测算输入（不重复录入）',
      params: ZIdParam,
      response: { 200: ZAssessmentPrefill },
    },
    handler: async (req) => prefillAssessment(app.db, requireAuth(req.auth), req.params.id),
  });

  app.post('/assessments/tech-sme', {
    config: { access: 'signed-in' },
    schema: {
      tags,
      summary: '科技型中小企业评价测算（100 分表、60 分与科技人员门槛、直通条件）',
      body: z.record(z.string(), z.unknown()),
    },
    handler: async (req) => {
      assertCanAssess(requireAuth(req.auth));
      return run(() => evaluateTechSme(req.body as TTechSmeInput));
    },
  });

  app.post('/assessments/high-tech', {
    config: { access: 'signed-in' },
    schema: {
      tags,
      summary: '高新技术企业认定自评（八项条件、成长性得分、创新能力区间、71 分线）',
      body: z.record(z.string(), z.unknown()),
    },
    handler: async (req) => {
      assertCanAssess(requireAuth(req.auth));
      return run(() => evaluateHighTech(req.body as THighTechInput));
    },
  });

  app.post('/assessments/rd-deduction', {
    config: { access: 'signed-in' },
    schema: {
      tags,
      summary: '研发费用加计扣除测算（比例、负面清单、减免税额）',
      body: ZRdDeductionAssessmentRequest,
    },
    handler: async (req) => {
      assertCanAssess(requireAuth(req.auth));
      return run(() => {
        const ratio = deductionRatio(req.body.ratio);
        return { ratio, estimate: ratio.eligible ? estimateDeduction({ ...req.body.estimate, ratio }) : null };
      });
    },
  });
}

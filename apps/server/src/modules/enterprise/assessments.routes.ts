import { z } from 'zod';
import {
  chinaToday,
  deductionRatio,
  estimateDeduction,
  type THighTechInput,
  type TTechSmeInput,
  evaluateHighTech,
  evaluateTechSme,
  ZDeductionEstimateInput,
  ZDeductionRatioInput,
  ZIdParam,
} from '@kechuang/domain';
import { AppError, forbidden, notFound } from '../../platform/errors';
import { requireAuth, type App } from '../../platform/http/types';
import { ASSUMPTIONS, highTechInputFrom, techSmeInputFrom } from './assessment-input';
import { assertCanRead, enterpriseScope } from './enterprise.policy';

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
  const mayAssess = (auth: ReturnType<typeof requireAuth>) => {
    if (!auth.permissions.has('enterprise:read') && !auth.permissions.has('enterprise:self')) throw forbidden();
  };

  app.get('/enterprises/:id/assessment-prefill', {
    config: { access: 'signed-in' },
    schema: {
      tags,
      summary: '从企业名录与年度数据预填测算输入（不重复录入）',
      params: ZIdParam,
      response: {
        200: z.object({
          year: z.number().int().nullable(),
          techSme: z.unknown().nullable(),
          highTech: z.unknown().nullable(),
          assumptions: z.array(z.string()),
        }),
      },
    },
    handler: async (req) => {
      const auth = requireAuth(req.auth);
      const e = await app.db.selectFrom('enterprise').selectAll().where('id', '=', req.params.id).executeTakeFirst();
      if (!e) throw notFound('企业');
      assertCanRead(enterpriseScope(auth), e);
      const years = await app.db
        .selectFrom('enterprise_yearly')
        .selectAll()
        .where('enterprise_id', '=', e.id)
        .orderBy('year')
        .execute();
      if (years.length === 0) return { year: null, techSme: null, highTech: null, assumptions: ASSUMPTIONS };
      const holdsHighTech = !!(await app.db
        .selectFrom('qualification')
        .select('id')
        .where('enterprise_id', '=', e.id)
        .where('tier', '=', 'high_tech')
        .where('stage', '=', 'certified')
        .executeTakeFirst());
      const last = years[years.length - 1];
      return {
        year: last.year,
        techSme: techSmeInputFrom(e, last, holdsHighTech),
        highTech: highTechInputFrom(e, years, chinaToday()),
        assumptions: ASSUMPTIONS,
      };
    },
  });

  app.post('/assessments/tech-sme', {
    config: { access: 'signed-in' },
    schema: {
      tags,
      summary: '科技型中小企业评价测算（100 分表、60 分与科技人员门槛、直通条件）',
      body: z.record(z.string(), z.unknown()),
    },
    handler: async (req) => {
      mayAssess(requireAuth(req.auth));
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
      mayAssess(requireAuth(req.auth));
      return run(() => evaluateHighTech(req.body as THighTechInput));
    },
  });

  app.post('/assessments/rd-deduction', {
    config: { access: 'signed-in' },
    schema: {
      tags,
      summary: '研发费用加计扣除测算（比例、负面清单、减免税额）',
      body: z.object({ ratio: ZDeductionRatioInput, estimate: ZDeductionEstimateInput.omit({ ratio: true }) }),
    },
    handler: async (req) => {
      mayAssess(requireAuth(req.auth));
      return run(() => {
        const ratio = deductionRatio(req.body.ratio);
        return { ratio, estimate: ratio.eligible ? estimateDeduction({ ...req.body.estimate, ratio }) : null };
      });
    },
  });
}

import { z } from 'zod';
import { chinaToday, evaluateHighTech, evaluateTechSme, zDate } from '@kechuang/domain';
import { requireAuth, type App } from '../../platform/http/types';
import { ASSUMPTIONS, highTechInputFrom, techSmeInputFrom } from './assessment-input';
import { codeStartsWith } from '../../platform/db/code-prefix';

const ZPoolQuery = z.object({
  target: z.enum(['tech_sme', 'high_tech']).default('high_tech'),
  township: z
    .string()
    .regex(/^\d{12}$/)
    .optional(),
  onlyCandidates: z.coerce.boolean().optional(),
  asOf: zDate('测算日期').optional(),
});

const ZPoolEntry = z.object({
  enterpriseId: z.number().int(),
  name: z.string(),
  townshipName: z.string().nullable(),
  year: z.number().int(),
  score: z.number().nullable(),
  scoreRange: z.tuple([z.number(), z.number()]).nullable(),
  candidate: z.boolean(),
  lacking: z.array(z.string()),
  summary: z.string(),
});

/** 培育库: the engines run over the register — who is close to the next rung, and what each one lacks. */
export async function cultivationPoolRoutes(app: App): Promise<void> {
  app.get('/cultivation-pool', {
    config: { access: 'enterprise:read' },
    schema: {
      tags: ['培育库'],
      summary: '培育库：按规则引擎评估距下一梯度的差距',
      querystring: ZPoolQuery,
      response: { 200: z.object({ target: z.string(), assumptions: z.array(z.string()), data: z.array(ZPoolEntry) }) },
    },
    handler: async (req) => {
      const auth = requireAuth(req.auth);
      const { target, township, onlyCandidates } = req.query;
      const asOf = req.query.asOf ?? chinaToday();
      let q = app.db
        .selectFrom('enterprise as e')
        .leftJoin('region as t', 't.code', 'e.township_code')
        .selectAll('e')
        .select('t.name as township_name')
        .where(codeStartsWith('e.region_code', auth.scopePrefix));
      if (township) q = q.where('e.township_code', '=', township);
      // Those already holding a valid certification of the target tier are not in the pool.
      q = q.where(({ not, exists, selectFrom }) =>
        not(
          exists(
            selectFrom('qualification as c')
              .select('c.id')
              .whereRef('c.enterprise_id', '=', 'e.id')
              .where('c.tier', '=', target)
              .where('c.stage', '=', 'certified')
              .where('c.valid_until', '>=', asOf),
          ),
        ),
      );
      const enterprises = await q.orderBy('e.name_pinyin').limit(2000).execute();
      if (enterprises.length === 0) return { target, assumptions: ASSUMPTIONS, data: [] };
      const yearly = await app.db
        .selectFrom('enterprise_yearly')
        .selectAll()
        .where(
          'enterprise_id',
          'in',
          enterprises.map((e) => e.id),
        )
        .orderBy('year')
        .execute();
      const highTechHolders = new Set(
        (
          await app.db
            .selectFrom('qualification')
            .select('enterprise_id')
            .where('tier', '=', 'high_tech')
            .where('stage', '=', 'certified')
            .where('valid_until', '>=', asOf)
            .execute()
        ).map((r) => r.enterprise_id),
      );
      const data = [];
      for (const e of enterprises) {
        const years = yearly.filter((y) => y.enterprise_id === e.id);
        if (years.length === 0) continue;
        const last = years[years.length - 1];
        try {
          if (target === 'tech_sme') {
            const r = evaluateTechSme(techSmeInputFrom(e, last, highTechHolders.has(e.id)));
            const lacking = [...r.eligibility.conditions, ...r.gates].filter((c) => !c.passed).map((c) => c.message);
            data.push({
              enterpriseId: e.id,
              name: e.name,
              townshipName: e.township_name,
              year: last.year,
              score: r.scores.total,
              scoreRange: null,
              candidate: r.verdict.qualifies,
              lacking,
              summary: r.verdict.summary,
            });
          } else {
            const r = evaluateHighTech(highTechInputFrom(e, years, asOf));
            const lacking = r.conditions.filter((c) => !c.passed).map((c) => c.message);
            if (r.innovation.maxTotal < r.innovation.passScore) lacking.push(r.innovation.message);
            data.push({
              enterpriseId: e.id,
              name: e.name,
              townshipName: e.township_name,
              year: last.year,
              score: null,
              scoreRange: [r.innovation.minTotal, r.innovation.maxTotal] as [number, number],
              candidate: r.conditionsPassed && r.innovation.maxTotal >= r.innovation.passScore,
              lacking,
              summary: r.verdict.summary,
            });
          }
        } catch (err) {
          data.push({
            enterpriseId: e.id,
            name: e.name,
            townshipName: e.township_name,
            year: last.year,
            score: null,
            scoreRange: null,
            candidate: false,
            lacking: [`数据不完整，无法评估：${err instanceof Error ? err.message.slice(0, 200) : String(err)}`],
            summary: '数据不完整',
          });
        }
      }
      const sorted = data.sort(
        (a, b) => Number(b.candidate) - Number(a.candidate) || a.lacking.length - b.lacking.length,
      );
      return { target, assumptions: ASSUMPTIONS, data: onlyCandidates ? sorted.filter((d) => d.candidate) : sorted };
    },
  });
}

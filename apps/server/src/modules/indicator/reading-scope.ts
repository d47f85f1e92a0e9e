import { chinaToday, reportPeriod, type IndicatorDefinition, type ReportPeriod } from '@kechuang/domain';
import type { Kysely } from 'kysely';
import { inScope, regionScopePrefix } from '../../platform/auth/region-scope';
import type { DB } from '../../platform/db/schema';
import { AppError, notFound } from '../../platform/errors';
import type { AuthContext } from '../../platform/http/types';
import { defaultTemplateId, findRegion, findTemplate } from './indicator.repository';

/** What a readings, comparison or export request resolves to before anything is computed. */
export interface ReadingScope {
  region: { code: string; name: string; parent_code: string | null };
  period: ReportPeriod;
  date: string;
  templateId: number;
  definitions: IndicatorDefinition[];
}

/** Whether a template kept by a region is visible to the user: their own region's, or a region above theirs. */
export function templateVisible(auth: AuthContext, regionCode: string): boolean {
  return inScope(auth.scopePrefix, regionCode) || auth.regionCode.startsWith(regionScopePrefix(regionCode));
}

/**
 * The region (the user's unless named; refused outside their scope), the period, the date values are read at
 * (today inside the period, or its last day) and the template (the default unless named).
 */
export async function resolveReadingScope(
  db: Kysely<DB>,
  auth: AuthContext,
  q: { region?: string; period: string; date?: string; template?: number },
): Promise<ReadingScope> {
  const regionCode = q.region ?? auth.regionCode;
  if (!inScope(auth.scopePrefix, regionCode)) {
    throw new AppError('OUT_OF_SCOPE', `区划 ${regionCode} 不在您的管辖范围内`);
  }
  const region = await findRegion(db, regionCode);
  if (!region) throw new AppError('VALIDATION_FAILED', `区划代码 ${regionCode} 不存在`);
  const period = reportPeriod(q.period)!;
  const today = chinaToday();
  const date = q.date ?? (today < period.to ? today : period.to);
  if (date < period.from || date > period.to) {
    throw new AppError(
      'VALIDATION_FAILED',
      `截至日期 ${date} 须在统计期间 ${period.label}（${period.from} 至 ${period.to}）内`,
    );
  }
  const template = await findTemplate(db, q.template ?? (await defaultTemplateId(db)));
  if (!template || !(template.built_in || templateVisible(auth, template.region_code))) throw notFound('指标模板');
  return { region, period, date, templateId: template.id, definitions: template.definitions };
}

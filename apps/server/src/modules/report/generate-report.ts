import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import { renderTemplate, templateProblems, type ReportDocument, type ReportTemplate } from '@kechuang/domain';
import type { DB } from '../../platform/db/schema';
import { AppError } from '../../platform/errors';
import type { ServerModule } from '../../platform/module-kit/module';
import { narrativeIndicators } from './report-indicators';
import { reportContext } from './report-facts';
import { rankingSection } from './report-ranking';

/** 2022年7月5日: the date a report is issued on, in Beijing time. */
export function issuedOnText(at: Date): string {
  const [y, m, d] = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(at).split('-');
  return `${Number(y)}年${Number(m)}月${Number(d)}日`;
}

/** Refuses a template that names an unknown fact or is malformed, naming the placeholder. */
export function assertTemplateUsable(template: Pick<ReportTemplate, 'body'>): void {
  const problems = templateProblems(template.body);
  if (problems.length) throw new AppError('VALIDATION_FAILED', problems.join('；'), { problems });
}

/** The document a template writes for a region and a period from the records, with the narrative's indicators. */
export async function writeReportDocument(
  db: Kysely<DB>,
  modules: readonly ServerModule[],
  o: { regionCode: string; period: string; template: ReportTemplate; now: Date },
): Promise<{ document: ReportDocument; indicators: ReturnType<typeof narrativeIndicators> }> {
  assertTemplateUsable(o.template);
  const { ctx, facts, region } = await reportContext(db, modules, o.regionCode, o.period);
  const document = renderTemplate(o.template.body, ctx, issuedOnText(o.now));
  // A city or province report ranks its counties (cities) after the work section.
  const ranking = await rankingSection(db, modules, region, o.period);
  if (ranking) document.sections.splice(1, 0, ranking);
  return { document, indicators: narrativeIndicators(facts) };
}

/** Canonical JSON (keys sorted at every level), so the same document always hashes the same. */
export function canonicalJson(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonicalJson).join(',')}]`;
  if (v && typeof v === 'object') {
    const entries = Object.entries(v as Record<string, unknown>).filter(([, x]) => x !== undefined);
    entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, x]) => `${JSON.stringify(k)}:${canonicalJson(x)}`).join(',')}}`;
  }
  return JSON.stringify(v);
}

/** The hash a final report is locked with: sha256 of its canonical document. */
export const documentHash = (doc: ReportDocument) => createHash('sha256').update(canonicalJson(doc)).digest('hex');

import type { Kysely } from 'kysely';
import { chinaToday, type TAssessmentPrefill } from '@kechuang/domain';
import type { DB } from '../../platform/db/schema';
import type { AuthContext } from '../../platform/http/types';
import { ASSUMPTIONS, highTechInputFrom, techSmeInputFrom } from './assessment-input';
import { hasHighTechCertification, listYearlyFigures } from './assessment.repository';
import { readEnterprise } from './read-enterprise';

/** The calculators' inputs filled from the register and the yearly figures of an enterprise the user may read. */
export async function prefillAssessment(db: Kysely<DB>, auth: AuthContext, id: number): Promise<TAssessmentPrefill> {
  const e = await readEnterprise(db, auth, id);
  const years = await listYearlyFigures(db, [e.id]);
  if (years.length === 0) return { year: null, techSme: null, highTech: null, assumptions: ASSUMPTIONS };
  const last = years[years.length - 1];
  return {
    year: last.year,
    techSme: techSmeInputFrom(e, last, await hasHighTechCertification(db, e.id)),
    highTech: highTechInputFrom(e, years, chinaToday()),
    assumptions: ASSUMPTIONS,
  };
}

import { inScope } from '../../../platform/auth/region-scope';
import { assertInScope, holds, rowScope, type RowScope } from '../../../platform/auth/row-scope';
import { AppError, forbidden } from '../../../platform/errors';
import type { AuthContext } from '../../../platform/http/types';

// Who does what in the annual assessment (docs/rules.md §5.1.1), stated once.

/** Staff and leaders read the assessments of their region. */
export const assessmentScope = (auth: AuthContext): RowScope => rowScope(auth, { region: ['commissioner:read'] });

export const ASSESSMENT_COLUMNS = { region: 'a.region_code' } as const;

export function assertCanReadAssessment(auth: AuthContext, a: { region_code: string }): void {
  assertInScope(assessmentScope(auth), a, '该年度考核');
}

/** Opening, scoring, exporting and publishing are for staff of the assessment's county. */
export function assertAssessStaff(auth: AuthContext, regionCode: string): void {
  if (!holds(auth, 'commissioner:assess')) throw forbidden('年度考核由科技局业务人员办理');
  if (!inScope(auth.scopePrefix, regionCode)) {
    throw new AppError('OUT_OF_SCOPE', `所属县区 ${regionCode} 不在您的管辖范围内`);
  }
}

/** A scheme applies to every county: only staff of province-wide scope issue a version. */
export function assertCanIssueAssessmentScheme(auth: AuthContext): void {
  if (!holds(auth, 'commissioner:assess') || auth.scopePrefix.length > 2) {
    throw forbidden('考核方案由省级科技管理部门发布');
  }
}

/** An enterprise user rates only for its own enterprise, and only commissioners who served it. */
export function assertCanRate(auth: AuthContext, servedEnterpriseIds: readonly number[]): number {
  if (!holds(auth, 'commissioner:rate') || auth.enterpriseId === null) throw forbidden('满意度由服务对象企业评价');
  if (!servedEnterpriseIds.includes(auth.enterpriseId)) {
    throw new AppError('OUT_OF_SCOPE', '只能评价为本单位提供过服务的科技特派员');
  }
  return auth.enterpriseId;
}

/** The enterprise an enterprise user rates for (its 待评价 to-dos), or null for anyone who does not rate. */
export function raterOf(auth: AuthContext): number | null {
  return holds(auth, 'commissioner:rate') ? auth.enterpriseId : null;
}

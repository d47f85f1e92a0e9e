/** A declared conflict of interest on an expert profile. */
interface DeclaredConflict {
  creditCode?: string | null;
  name?: string | null;
  reason: string;
}

export interface ExpertForConflict {
  employer_credit_code: string | null;
  employer_name: string | null;
  conflicts: unknown;
  enterprise_id: number | null;
}

/** An application's applicant: its enterprise id, name and credit code. */
export interface ApplicantForConflict {
  enterprise_id: number;
  name: string;
  credit_code: string;
}

/**
 * The one conflict-of-interest rule (used when listing candidates and when saving an assignment):
 * why an expert may not review an applicant (works there, or declared a conflict), or null when there is no conflict.
 */
export function conflictOf(expert: ExpertForConflict, applicant: ApplicantForConflict): string | null {
  if (expert.enterprise_id === applicant.enterprise_id) return '专家账号隶属申报单位';
  if (expert.employer_credit_code && expert.employer_credit_code.toUpperCase() === applicant.credit_code) {
    return '专家工作单位即申报单位';
  }
  if (expert.employer_name && expert.employer_name.trim() === applicant.name) return '专家工作单位即申报单位';
  const declared = ((expert.conflicts ?? []) as DeclaredConflict[]).find(
    (c) =>
      (c.creditCode && c.creditCode.toUpperCase() === applicant.credit_code) ||
      (c.name && c.name.trim() === applicant.name),
  );
  return declared ? `专家申报了回避：${declared.reason}` : null;
}

/** Why an expert without a profile cannot be assigned (the profile holds the employer and declared conflicts). */
export const NO_PROFILE = '尚未建立专家档案（工作单位与回避声明），不能指派';

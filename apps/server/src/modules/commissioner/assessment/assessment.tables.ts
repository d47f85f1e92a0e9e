import type { Generated } from 'kysely';
import type { AssessmentCutoff, AssessmentItem } from '@kechuang/domain';
import type { Tracked } from '../../../platform/db/schema';

/** A version of the assessment scheme (docs/rules.md §5.1.1): its items and grade cut-offs as data. */
export interface CommissionerAssessmentSchemeTable {
  id: Generated<number>;
  version: number;
  name: string;
  source: string;
  items: AssessmentItem[];
  cutoffs: AssessmentCutoff[];
  issued_on: string;
  created_at: Generated<Date>;
  created_by: number | null;
}

/** A county's assessment of a year. */
export interface CommissionerAssessmentTable extends Tracked {
  id: Generated<number>;
  year: number;
  scheme_id: number;
  /** open / published */
  status: Generated<string>;
  opened_on: string;
  notice_id: number | null;
}

/** One commissioner's result: points by item key, the total and grade once every item is scored. */
export interface CommissionerAssessmentEntryTable extends Tracked {
  id: Generated<number>;
  assessment_id: number;
  commissioner_id: number;
  confirmed_days: string;
  scores: Record<string, number | null>;
  total: string | null;
  grade: string | null;
  remark: string | null;
}

/** A served enterprise's 满意度 rating of its commissioner. */
export interface CommissionerAssessmentRatingTable {
  id: Generated<number>;
  entry_id: number;
  region_code: string;
  enterprise_id: number;
  points: string;
  comment: string | null;
  rated_by: number;
  rated_at: Generated<Date>;
}

export interface AssessmentTables {
  commissioner_assessment_scheme: CommissionerAssessmentSchemeTable;
  commissioner_assessment: CommissionerAssessmentTable;
  commissioner_assessment_entry: CommissionerAssessmentEntryTable;
  commissioner_assessment_rating: CommissionerAssessmentRatingTable;
}

declare module '../../../platform/db/schema' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface DB extends AssessmentTables {}
}

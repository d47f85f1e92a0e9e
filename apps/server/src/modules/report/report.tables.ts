import type { Generated } from 'kysely';
import type { Json } from '../../platform/db/schema';

/** A report template: its current body and version (every save is a new version, kept in report_template_version). */
export interface ReportTemplateTable {
  id: Generated<number>;
  name: string;
  version: number;
  body: Json;
  created_at: Generated<Date>;
  created_by: number | null;
  updated_at: Generated<Date>;
  updated_by: number | null;
}

export interface ReportTemplateVersionTable {
  template_id: number;
  version: number;
  body: Json;
  created_at: Generated<Date>;
  created_by: number | null;
}

/** A generated report of a region and period: one row per version (版本), a draft until finalised (定稿). */
export interface ReportTable {
  id: Generated<number>;
  region_code: string;
  period: string;
  template_id: number;
  template_version: number;
  /** 1 for the first report of a region, period and template; a new version from a final one counts on. */
  report_version: number;
  status: 'draft' | 'final';
  document: Json;
  /** Figures the last re-generation changed: { paragraphId, factKey, before, after }[]. */
  changes: Json;
  /** Current values of the indicators the narrative sections mention: { key, name, value, unit }[]. */
  indicators: Json;
  final_hash: string | null;
  finalised_by: string | null;
  finalised_at: Date | null;
  previous_id: number | null;
  created_at: Generated<Date>;
  created_by: number | null;
  updated_at: Generated<Date>;
  updated_by: number | null;
  /** Optimistic lock of staff edits. */
  version: Generated<number>;
}

/** 简称 staff set for a full name (an enterprise, an institution, a platform); the rule gives the rest. */
export interface ReportShortNameTable {
  name: string;
  short_name: string;
  updated_at: Generated<Date>;
  updated_by: number | null;
}

/** The redaction term list and rules of a region (the county's bureau keeps its own). */
export interface ReportRedactionTable {
  region_code: string;
  settings: Json;
  updated_at: Generated<Date>;
  updated_by: number | null;
}

export interface ReportTables {
  report_template: ReportTemplateTable;
  report_template_version: ReportTemplateVersionTable;
  report: ReportTable;
  report_short_name: ReportShortNameTable;
  report_redaction: ReportRedactionTable;
}

declare module '../../platform/db/schema' {
  // The module's tables join the one DB type (declaration merging; the platform imports no module).
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface DB extends ReportTables {}
}

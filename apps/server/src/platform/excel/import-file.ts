import type { z } from 'zod';
import type { ImportProblem, ImportSpec } from './import-spec';
import type { XlsxLimits } from './inspect-xlsx';
import { readRows } from './read-rows';
import { validateRows, type ValidateOptions, type ValidRow } from './validate-rows';

/** Everything an import endpoint needs for its preview: rows that passed, all problems, counts. */
export interface ParsedImport<T> {
  headerRow: number | null;
  /** Non-empty data rows read. */
  totalRows: number;
  valid: ValidRow<T>[];
  /** Read and validation problems, by row then column order; file-level problems (row null) first. */
  problems: ImportProblem[];
}

/**
 * inspectXlsx → readRows → validateRows in one call. A row with a read problem (e.g. a code Excel truncated)
 * is never in `valid`, even when the schema accepts what is left of it.
 */
export async function parseImportFile<S extends z.ZodType>(
  buffer: Buffer,
  schema: S,
  spec: ImportSpec,
  options: ValidateOptions & { limits?: Partial<XlsxLimits> } = {},
): Promise<ParsedImport<z.output<S>>> {
  const read = await readRows(buffer, spec, options.limits);
  const checked = validateRows(read.rows, schema, spec, options);
  const readBad = new Set(read.problems.filter((p) => p.severity !== 'warning').map((p) => p.row));
  const order = new Map(spec.columns.map((c, i) => [c.header, i]));
  const problems = [...read.problems, ...checked.problems].sort(
    (a, b) => (a.row ?? 0) - (b.row ?? 0) || (order.get(a.column ?? '') ?? -1) - (order.get(b.column ?? '') ?? -1),
  );
  return {
    headerRow: read.headerRow,
    totalRows: read.rows.length,
    valid: readBad.size > 0 && readBad.has(null) ? [] : checked.valid.filter((v) => !readBad.has(v.rowNumber)),
    problems,
  };
}

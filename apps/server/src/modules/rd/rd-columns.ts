import type { RdFigureKey, TRdFigures } from '@kechuang/domain';
import type { RdFigureColumns } from './rd.tables';

/** Form figure key → column of rd_task_unit. */
export const FIGURE_COLUMNS: Record<RdFigureKey, keyof RdFigureColumns> = {
  staffTotal: 'staff_total',
  revenue: 'revenue',
  rdStaff: 'rd_staff',
  internalTotal: 'internal_total',
  labor: 'labor',
  materials: 'materials',
  depreciation: 'depreciation',
  equipment: 'equipment',
  otherCost: 'other_cost',
  fundsOwn: 'funds_own',
  fundsGovernment: 'funds_government',
  fundsOther: 'funds_other',
  external: 'external_spend',
  deductionClaimed: 'deduction_claimed',
};

const KEYS = Object.keys(FIGURE_COLUMNS) as RdFigureKey[];

/** The figures of a row, by form key. */
export function figuresOf(row: Partial<RdFigureColumns>): TRdFigures {
  return Object.fromEntries(KEYS.map((k) => [k, row[FIGURE_COLUMNS[k]] ?? null])) as TRdFigures;
}

/** Form figures → column values (absent keys become null: the form is saved whole). */
export function columnsOf(figures: TRdFigures): RdFigureColumns {
  return Object.fromEntries(KEYS.map((k) => [FIGURE_COLUMNS[k], figures[k] ?? null])) as unknown as RdFigureColumns;
}

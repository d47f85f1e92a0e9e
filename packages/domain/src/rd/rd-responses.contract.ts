import { z } from 'zod';
import type { ZRdMyReport, ZRdUnitRow } from './rd-form.contract';
import type {
  ZIndicatorInput,
  ZRdMyOverview,
  ZIndicatorValue,
  ZRdCheckRuleRow,
  ZRdCheckRuleUpdate,
  ZRdCompletion,
  ZRdDeductions,
  ZRdTaskFinding,
  ZRdTaskSummary,
  ZRdTrendPoint,
} from './rd-summary.contract';
import type { ZRdTaskCreate, ZRdTaskCreated } from './rd-task.contract';
import { ZRdTask } from './rd-task.contract';

// Types of the R&D responses the web reads (the schemas are the routes' own), and the one response a route still
// declares inline. Plain shapes without transforms, so a route can also serve them as its `response:` schema.

export type TRdUnitRow = z.infer<typeof ZRdUnitRow>;
export type TRdMyReport = z.infer<typeof ZRdMyReport>;
export type TRdMyOverview = z.infer<typeof ZRdMyOverview>;
export type TRdTaskCreated = z.infer<typeof ZRdTaskCreated>;
export type TRdCompletion = z.infer<typeof ZRdCompletion>;
export type TRdTaskFinding = z.infer<typeof ZRdTaskFinding>;
export type TRdTaskSummary = z.infer<typeof ZRdTaskSummary>;
export type TRdTrendPoint = z.infer<typeof ZRdTrendPoint>;
export type TRdDeductions = z.infer<typeof ZRdDeductions>;
export type TRdCheckRule = z.infer<typeof ZRdCheckRuleRow>;
export type TIndicatorValue = z.infer<typeof ZIndicatorValue>;

/** Request bodies as the web sends them (the schemas validate them on the server). */
export type TRdTaskCreateRequest = z.input<typeof ZRdTaskCreate>;
export type TRdCheckRuleUpdate = z.input<typeof ZRdCheckRuleUpdate>;
export type TIndicatorRequest = z.input<typeof ZIndicatorInput>;

/** POST /rd/tasks/:id/units: how many units were added, the ones skipped and why, and the task after. */
export const ZRdUnitsAdded = z.object({
  added: z.number().int(),
  skipped: z.array(z.object({ enterpriseId: z.number().int(), enterpriseName: z.string(), reason: z.string() })),
  task: ZRdTask,
});
export type TRdUnitsAdded = z.infer<typeof ZRdUnitsAdded>;

/** The counts an R&D import's commit job adds to its result. */
export const ZRdImportCommitted = z.object({ imported: z.number().int() });
export type TRdImportCommitted = z.infer<typeof ZRdImportCommitted>;

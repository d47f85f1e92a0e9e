import {
  EVAL_ROUND_STATE_LABELS,
  ZEvalSchemeDefinition,
  type EvalRoundState,
  type TEvalSchemeDefinition,
} from '@kechuang/domain';
import { AppError } from '../../../platform/errors';

/** Refuses a step outside the round's state for it (409 naming the round's state). */
export function assertRoundState(
  round: { title: string; state: string },
  allowed: EvalRoundState,
  doing: string,
): void {
  if (round.state === allowed) return;
  const now = EVAL_ROUND_STATE_LABELS[round.state as EvalRoundState] ?? round.state;
  throw new AppError(
    'CONFLICT',
    `评价批次“${round.title}”当前为“${now}”，不能${doing}（须在“${EVAL_ROUND_STATE_LABELS[allowed]}”阶段）`,
  );
}

/** A stored scheme definition, read through its schema (the table only ever holds validated ones). */
export const schemeOf = (definition: unknown): TEvalSchemeDefinition => ZEvalSchemeDefinition.parse(definition);

import {
  EVAL_GRADE_LABELS,
  EVAL_ROUND_STATE_LABELS,
  type EvalGrade,
  type EvalRoundState,
  type TEvalEntry,
  type TEvalRound,
  type TEvalRoundMove,
  type TEvalScheme,
} from '@kechuang/domain';
import type { Selectable } from 'kysely';
import type { EvalEntryRow, EvalRoundRow, EvalTaskRow, roundHistory } from './evaluation.repository';
import type { TechPlatformEvalSchemeTable } from './evaluation.tables';
import { schemeOf } from './round-rules';

/** A round as the API answers it. */
export function presentEvalRound(r: EvalRoundRow): TEvalRound {
  return {
    id: r.id,
    regionCode: r.region_code,
    regionName: r.region_name,
    title: r.title,
    kinds: r.kinds as string[],
    level: r.level,
    year: r.year,
    state: r.state as EvalRoundState,
    stateLabel: EVAL_ROUND_STATE_LABELS[r.state as EvalRoundState],
    hardshipArea: r.hardship_area,
    openedOn: r.opened_on,
    noticeId: r.notice_id,
    entries: Number(r.entries),
    submitted: Number(r.submitted),
    version: r.version,
  };
}

/** An entry as the API answers it, with the expert tasks the reader may see (`readEvalRound` chooses them). */
export function presentEvalEntry(e: EvalEntryRow, tasks: EvalTaskRow[]): TEvalEntry {
  const def = schemeOf(e.definition);
  const grade = e.grade as EvalGrade | null;
  return {
    id: e.id,
    roundId: e.round_id,
    roundTitle: e.round_title,
    roundState: e.round_state as EvalRoundState,
    platformId: e.platform_id,
    platformName: e.platform_name,
    kind: e.kind,
    schemeId: e.scheme_id,
    schemeName: e.scheme_name,
    form: { fields: def.fields, criteria: def.qualitative.criteria, managementMax: def.management.maxScore },
    enterpriseId: e.enterprise_id,
    enterpriseName: e.enterprise_name ?? e.operator_name,
    status: e.status as 'draft' | 'submitted',
    data: e.data as Record<string, string>,
    quantitativeScore: e.quantitative_score,
    quantitativeItems: (e.quantitative_items ?? []) as TEvalEntry['quantitativeItems'],
    qualitativeScore: e.qualitative_score,
    managementScore: e.management_score,
    managementComment: e.management_comment,
    totalScore: e.total_score,
    grade,
    gradeLabel: grade ? EVAL_GRADE_LABELS[grade] : null,
    gradeMessage: e.grade_message,
    revocationProposed: e.revocation_proposed,
    revocationReason: e.revocation_reason,
    experts: tasks
      .filter((t) => t.entry_id === e.id)
      .map((t) => ({
        id: t.id,
        expertId: t.expert_id,
        expertName: t.expert_name,
        status: t.status as 'assigned' | 'submitted',
        scores: t.scores as Record<string, string>,
        comment: t.comment,
        version: t.version,
      })),
    version: e.version,
  };
}

/** A scheme version as the API answers it. */
export function presentEvalScheme(s: Selectable<TechPlatformEvalSchemeTable>): TEvalScheme {
  return {
    id: s.id,
    kind: s.kind,
    level: s.level,
    version: s.version,
    effectiveYear: s.effective_year,
    name: s.name,
    source: s.source,
    definition: schemeOf(s.definition),
  };
}

/** A round's state move as its history lists it. */
export function presentEvalRoundMove(m: Awaited<ReturnType<typeof roundHistory>>[number]): TEvalRoundMove {
  return {
    fromState: m.from_state as EvalRoundState | null,
    toState: m.to_state as EvalRoundState,
    toLabel: EVAL_ROUND_STATE_LABELS[m.to_state as EvalRoundState],
    at: new Date(m.at).toISOString(),
    actorName: m.actor_name,
  };
}

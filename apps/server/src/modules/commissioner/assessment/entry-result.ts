import { assessEntry, type AssessmentCutoff, type AssessmentItem } from '@kechuang/domain';

/**
 * An entry's points as counted (docs/rules.md §5.1.1): staff's scores, except that the 满意度 item is the average
 * of the served enterprises' ratings once any enterprise has rated (staff's entry stands in where none has); then
 * the total and grade when every item is scored.
 */
export function entryResult(
  scheme: { items: AssessmentItem[]; cutoffs: AssessmentCutoff[] },
  scores: Record<string, number | null>,
  ratingAvg: number | null,
) {
  const points: Record<string, number | null> = {};
  for (const i of scheme.items) {
    const rated = i.source === 'satisfaction' && ratingAvg !== null ? Math.round(ratingAvg * 10) / 10 : undefined;
    points[i.key] = rated ?? scores[i.key] ?? null;
  }
  return { points, result: assessEntry(scheme.items, scheme.cutoffs, points) };
}

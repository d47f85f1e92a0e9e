// The annual assessment of 科技特派员 (docs/rules.md §5.1, 泉州): items with maximum points summing to at most 100,
// grades 优秀 / 良好 / 合格 / 不合格 by configurable cut-offs; re-appointment (延派) needs 合格 or better (蚌埠).

export const ASSESSMENT_GRADES = ['excellent', 'good', 'pass', 'fail'] as const;
export type AssessmentGrade = (typeof ASSESSMENT_GRADES)[number];
export const ASSESSMENT_GRADE_LABELS: Record<AssessmentGrade, string> = {
  excellent: '优秀',
  good: '良好',
  pass: '合格',
  fail: '不合格',
};

/** Where an item's points come from: staff score it, the confirmed logs pre-fill it, or the served enterprises rate it. */
export type AssessmentItemSource = 'staff' | 'logs' | 'satisfaction';

export interface AssessmentItem {
  key: string;
  label: string;
  maxPoints: number;
  source: AssessmentItemSource;
}

/** A grade's lowest total (inclusive); the lowest grade has none. */
export interface AssessmentCutoff {
  grade: AssessmentGrade;
  minTotal: number;
}

/** The rules a scheme must keep: items' maxima sum to ≤ 100, cut-offs descend. Answers the first problem, or null. */
export function assessmentSchemeProblem(items: readonly AssessmentItem[], cutoffs: readonly AssessmentCutoff[]) {
  const sum = items.reduce((s, i) => s + i.maxPoints, 0);
  if (sum > 100) return { field: 'items', message: `各考核项满分合计 ${sum} 分，不能超过 100 分` };
  if (new Set(items.map((i) => i.key)).size !== items.length) return { field: 'items', message: '考核项不能重复' };
  for (let i = 1; i < cutoffs.length; i++) {
    if (cutoffs[i]!.minTotal >= cutoffs[i - 1]!.minTotal) {
      return { field: 'cutoffs', message: '等级分数线须从优秀到合格依次降低' };
    }
  }
  return null;
}

/** Refuses a score outside 0 … the item's maximum, naming the item. Answers the message, or null. */
export function assessmentScoreProblem(item: AssessmentItem, points: number): string | null {
  if (!Number.isFinite(points) || points < 0 || points > item.maxPoints) {
    return `“${item.label}”得分须在 0 到 ${item.maxPoints} 分之间（填写 ${points}）`;
  }
  if (Math.round(points * 10) !== points * 10) return `“${item.label}”得分最多保留 1 位小数`;
  return null;
}

/** The grade of a total: the first cut-off reached (≥, exactly at the edge), else 不合格. */
export function assessmentGradeOf(total: number, cutoffs: readonly AssessmentCutoff[]): AssessmentGrade {
  for (const c of cutoffs) if (total >= c.minTotal) return c.grade;
  return 'fail';
}

/** 延派: last year's grade 合格 or better (docs/rules.md §5.1, 蚌埠). */
export const extendableAfter = (grade: AssessmentGrade | null): boolean => grade !== null && grade !== 'fail';

/**
 * The total and grade of an entry: every item scored, summed in tenths (no float drift at 89.5 / 90), at most 100.
 * Answers null while an item is unscored.
 */
export function assessEntry(
  items: readonly AssessmentItem[],
  cutoffs: readonly AssessmentCutoff[],
  points: Record<string, number | null | undefined>,
): { total: number; grade: AssessmentGrade } | null {
  let tenths = 0;
  for (const i of items) {
    const p = points[i.key];
    if (p === null || p === undefined) return null;
    tenths += Math.round(p * 10);
  }
  const total = tenths / 10;
  return { total, grade: assessmentGradeOf(total, cutoffs) };
}

/** 服务次数 pre-filled from confirmed days: the item's maximum × confirmed / required, capped, to 0.5. */
export function serviceCountPoints(maxPoints: number, confirmedDays: number, minServiceDays: number): number {
  if (minServiceDays <= 0) return maxPoints;
  const raw = (maxPoints * Math.min(confirmedDays, minServiceDays)) / minServiceDays;
  return Math.floor(raw * 2) / 2;
}

import { checkScores, expertScore, type ScoreProblem } from '../../project/review-aggregation';
import { add, cmp, div, formatFixed, formatPlain, mul, parseDecimal, ratio, sum } from '../../rules/exact';
import { EVAL_GRADE_LABELS, type EvalGrade, type TEvalSchemeDefinition } from './evaluation-scheme.schema';

/** A platform's result: the three parts, the total (2 decimals) and the grade, with the working in Chinese. */
export interface EvalGradeResult {
  qualitative: string;
  management: string;
  total: string;
  grade: EvalGrade;
  message: string;
}

/** Checks an expert's qualitative scores against the scheme's criteria (every one scored, within 0..maxScore). */
export function checkQualitativeScores(
  def: TEvalSchemeDefinition,
  scores: Record<string, string | number>,
): ScoreProblem[] {
  return checkScores(def.qualitative.criteria, scores);
}

/** The bureau's management score must lie in 0..maxScore with ≤ 2 decimals; the message names it. */
export function checkManagementScore(def: TEvalSchemeDefinition, score: string | number): string | null {
  const s = String(score).trim();
  if (!/^\d{1,3}(\.\d{1,2})?$/.test(s)) return '地方管理评价得分须为不小于 0 的数字，最多两位小数';
  if (cmp(parseDecimal(s), parseDecimal(def.management.maxScore)) > 0) {
    return `地方管理评价得分 ${s} 超出范围 0～${def.management.maxScore}`;
  }
  return null;
}

/** The grade of a total under the scheme's cut-offs (each cut-off inclusive: exactly 85 is A when A starts at 85). */
export function gradeOf(def: TEvalSchemeDefinition, total: string): EvalGrade {
  const t = parseDecimal(total);
  const cut = def.grades.find((g) => g.min === null || cmp(t, parseDecimal(g.min)) >= 0);
  return cut?.grade ?? 'D';
}

/**
 * Combines the three parts (docs/rules.md §5.4: 定量计算 + 专家定性 + 地方管理评价 [S56]): the quantitative points,
 * the experts' mean on a 100-point scale weighted to the scheme's qualitative points, and the bureau's score. The
 * total is rounded half-up to 2 decimals and graded as stated, so the published total and grade agree.
 */
export function gradePlatform(
  def: TEvalSchemeDefinition,
  parts: { quantitative: string; expertScores: Record<string, string | number>[]; management: string },
): EvalGradeResult {
  const n = parts.expertScores.length;
  if (n === 0) throw new RangeError('尚无专家评分');
  const mean = div(sum(parts.expertScores.map((s) => expertScore(def.qualitative.criteria, s))), ratio(BigInt(n)));
  const qualitative = mul(mean, div(parseDecimal(def.qualitative.points), ratio(100n)));
  const q = formatFixed(qualitative, 2, 'half-up');
  const total = formatFixed(
    add(add(parseDecimal(parts.quantitative), parseDecimal(q)), parseDecimal(parts.management)),
    2,
    'half-up',
  );
  const grade = gradeOf(def, total);
  const cut = def.grades.find((g) => g.grade === grade)!;
  const rule = cut.min === null ? `低于 C 档 ${def.grades[2].min} 分` : `不低于 ${cut.grade} 档分数线 ${cut.min} 分`;
  const message =
    `定量 ${parts.quantitative} 分 + 专家定性 ${q} 分（${n} 位专家平均 ${formatPlain(mean)} 分 × ${def.qualitative.points}%）` +
    ` + 地方管理 ${parts.management} 分 = ${total} 分，${rule}，评为 ${grade}（${EVAL_GRADE_LABELS[grade]}）`;
  return { qualitative: q, management: parts.management, total, grade, message };
}

/**
 * Whether 摘牌 is proposed: the platform's fails in consecutive years, this year's included, reach the scheme's
 * count (连续2次不合格 → 取消资格 [S54][S60]). `history` holds the platform's earlier graded years.
 */
export function revocationDue(
  def: TEvalSchemeDefinition,
  year: number,
  grade: EvalGrade,
  history: readonly { year: number; grade: string }[],
): { proposed: boolean; reason: string | null } {
  const need = def.revocation.consecutiveFails;
  const failedYears: number[] = [];
  const gradeIn = (y: number) => (y === year ? grade : history.find((h) => h.year === y)?.grade);
  for (let y = year; failedYears.length < need && gradeIn(y) === 'D'; y--) failedYears.push(y);
  if (failedYears.length < need) return { proposed: false, reason: null };
  const years = failedYears
    .reverse()
    .map((y) => `${y} 年`)
    .join('、');
  return { proposed: true, reason: `${years}连续 ${need} 次评价为不合格（D），建议摘牌（撤销认定）` };
}

import {
  cmp,
  div,
  formatFixed,
  formatPlain,
  isZero,
  mul,
  parseDecimal,
  ratio,
  sub,
  sum,
  type Ratio,
} from '../../rules/exact';
import type { TEvalIndicator, TEvalSchemeDefinition } from './evaluation-scheme.schema';

/** One quantitative indicator's points with its working, in Chinese. */
export interface EvalItemScore {
  key: string;
  label: string;
  group: string;
  /** The measured value as shown (a percentage for shares), null when it cannot be computed. */
  value: string | null;
  points: string;
  maxPoints: string;
  message: string;
}

/** The quantitative part of an evaluation: each indicator's points and their sum (2 decimals). */
export interface QuantitativeScore {
  items: EvalItemScore[];
  points: string;
  maxPoints: string;
  /** Whether the 艰苦边远地区 relaxation applied. */
  relaxed: boolean;
}

const pts = (r: Ratio) => formatFixed(r, 2, 'half-up');
const HUNDRED = ratio(100n);

/** The factor lowering a relaxable threshold: 1, or (100 − percent)% in a 艰苦边远地区 [S54]. */
function relaxFactor(def: TEvalSchemeDefinition, x: TEvalIndicator, hardshipArea: boolean): Ratio {
  if (!hardshipArea || !x.relaxable) return ratio(1n);
  return div(sub(HUNDRED, parseDecimal(def.hardshipRelaxation.percent)), HUNDRED);
}

function fieldOf(def: TEvalSchemeDefinition, key: string) {
  const f = def.fields.find((g) => g.key === key);
  if (!f) throw new Error(`指标体系缺少数据项 ${key}`);
  return f;
}

/** The indicator's measured value and how it was read, or why it cannot be computed. */
function measure(
  def: TEvalSchemeDefinition,
  x: TEvalIndicator,
  data: Record<string, string | number>,
): { value: Ratio; shown: string; detail: string | null } | { missing: string } {
  if (x.value.kind === 'field') {
    const f = fieldOf(def, x.value.field);
    const v = parseDecimal(data[f.key] ?? 0);
    return { value: v, shown: `${formatPlain(v)} ${f.unit}`, detail: null };
  }
  const num = fieldOf(def, x.value.numerator);
  const den = fieldOf(def, x.value.denominator);
  const n = parseDecimal(data[num.key] ?? 0);
  const d = parseDecimal(data[den.key] ?? 0);
  if (isZero(d)) return { missing: `“${den.label}”为 0，${x.label}无法计算` };
  const value = mul(div(n, d), HUNDRED);
  const detail = `${num.label} ${formatPlain(n)} ${num.unit} / ${den.label} ${formatPlain(d)} ${den.unit}`;
  return { value, shown: `${formatFixed(value, 2, 'floor')}%`, detail };
}

function scoreIndicator(
  def: TEvalSchemeDefinition,
  x: TEvalIndicator,
  data: Record<string, string | number>,
  hardshipArea: boolean,
): EvalItemScore {
  const weight = parseDecimal(x.weight);
  const base = { key: x.key, label: x.label, group: x.group, maxPoints: formatPlain(weight) };
  const m = measure(def, x, data);
  if ('missing' in m) {
    return { ...base, value: null, points: '0.00', message: `${m.missing}，按 0 分计（满分 ${base.maxPoints} 分）` };
  }
  const factor = relaxFactor(def, x, hardshipArea);
  const relaxed = cmp(factor, ratio(1n)) !== 0 ? `，艰苦边远地区下调 ${def.hardshipRelaxation.percent}%` : '';
  const unit = x.value.kind === 'percent' ? '%' : ` ${fieldOf(def, x.value.field).unit}`;
  const head = `${x.label} ${m.shown}${m.detail ? `（${m.detail}）` : ''}`;
  let share: Ratio;
  let why: string;
  if (x.scoring.kind === 'target') {
    const goal = mul(parseDecimal(x.scoring.target), factor);
    share = cmp(m.value, goal) >= 0 ? ratio(1n) : div(m.value, goal);
    const reached = cmp(m.value, goal) >= 0 ? '达到目标' : `为目标的 ${formatFixed(mul(share, HUNDRED), 2, 'floor')}%`;
    why = `目标 ${formatPlain(goal)}${unit}${relaxed}，${reached}`;
  } else {
    const band = x.scoring.bands.find((b) => cmp(m.value, mul(parseDecimal(b.min), factor)) >= 0);
    const edge = (min: number) => `≥${formatPlain(mul(parseDecimal(min), factor))}${unit}`;
    share = band ? parseDecimal(band.share) : ratio(0n);
    why = band
      ? `达到 ${edge(band.min)} 档${relaxed}，得权重的 ${formatPlain(mul(share, HUNDRED))}%`
      : `低于最低档 ${edge(x.scoring.bands[x.scoring.bands.length - 1].min)}${relaxed}`;
  }
  const points = mul(weight, share);
  return {
    ...base,
    value: m.shown,
    points: pts(points),
    message: `${head}，${why}，得 ${pts(points)} 分（满分 ${base.maxPoints} 分）`,
  };
}

/**
 * The quantitative score of a platform's year (docs/rules.md §5.4): each indicator scored by its target or bands,
 * with the 艰苦边远地区 relaxation on relaxable thresholds when the region has it, explained item by item. The
 * points of each item are rounded to 2 decimals and the total is the sum of the rounded items, so the explanation
 * adds up. The data must have passed `checkIndicatorData` for submission.
 */
export function scoreQuantitative(
  def: TEvalSchemeDefinition,
  data: Record<string, string | number>,
  opts: { hardshipArea: boolean },
): QuantitativeScore {
  const items = def.indicators.map((x) => scoreIndicator(def, x, data, opts.hardshipArea));
  return {
    items,
    points: pts(sum(items.map((i) => parseDecimal(i.points)))),
    maxPoints: formatPlain(sum(def.indicators.map((x) => parseDecimal(x.weight)))),
    relaxed: opts.hardshipArea && def.indicators.some((x) => x.relaxable) && def.hardshipRelaxation.percent > 0,
  };
}

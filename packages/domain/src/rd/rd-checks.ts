import {
  add,
  cmp,
  div,
  formatPercent,
  fromPercent,
  isZero,
  mul,
  parseDecimal,
  ratio,
  sub,
  sum,
  type Ratio,
} from '../rules/exact';
import { formatYuanText } from '../platform/money-format';
import { HIGH_TECH_RD_BANDS } from '../rules/tables/high-tech-conditions';
import { DEFAULT_RD_RULE_CONFIG, type RdCheckCode, type RdRuleConfig, type RdSeverity } from './rd-check-rules';
import { figureLabel, RD_FIGURE_FIELDS, type RdFigureKey, type TRdFigures } from './rd-fields';

/** One finding of a cross-check: which rule, how serious, which field, and a Chinese message naming it. */
export interface RdFinding {
  code: RdCheckCode;
  severity: RdSeverity;
  /** The form field it concerns: a figure key ('revenue') or a project cell ('projects.2.government'). */
  field: string;
  message: string;
  /** The unit's written explanation (warnings need one before submission). */
  explanation: string | null;
}

/** A project line as the checks need it. */
export interface RdCheckProject {
  name: string;
  expenditure: string;
  government: string;
}

/** What the checks know besides the form: the unit's tier, the period length and its previous period. */
export interface RdCheckContext {
  periodMonths: 6 | 12;
  isHighTech: boolean;
  isTechSme: boolean;
  /** The unit's last earlier report of the same period length, if any. */
  previous: { label: string; internalTotal: string } | null;
}

const yuan = formatYuanText;
const dec = (v: string | number | null | undefined): Ratio | null =>
  v === null || v === undefined || v === '' ? null : parseDecimal(v);
const BY_TYPE = RD_FIGURE_FIELDS.filter((f) => f.group === 'byType').map((f) => f.key);
const BY_SOURCE = RD_FIGURE_FIELDS.filter((f) => f.group === 'bySource').map((f) => f.key);

/**
 * Runs every enabled cross-check on one unit's form (docs/rules.md §5.6.2, thresholds from `rules`). Pure: the
 * same function runs on save, on submit and across a task's review list.
 */
export function checkRdReport(
  form: { figures: TRdFigures; projects: readonly RdCheckProject[]; explanations?: Record<string, string> },
  ctx: RdCheckContext,
  rules: RdRuleConfig = DEFAULT_RD_RULE_CONFIG,
): RdFinding[] {
  const out: RdFinding[] = [];
  const fire = (code: RdCheckCode, field: string, message: string) => {
    const rule = rules[code];
    if (!rule.enabled) return;
    out.push({ code, severity: rule.severity, field, message, explanation: form.explanations?.[code]?.trim() || null });
  };
  const f = form.figures;
  const v = (k: RdFigureKey) => dec(f[k]);
  const total = v('internalTotal');

  const missing = RD_FIGURE_FIELDS.filter((x) => x.requiredOnSubmit && v(x.key) === null);
  if (missing.length) fire('required-missing', missing[0].key, `尚未填写：${missing.map((x) => x.label).join('、')}`);

  if (total !== null) {
    for (const key of [...BY_TYPE, ...BY_SOURCE]) {
      const item = v(key);
      if (item === null || cmp(item, total) <= 0) continue;
      if (key === 'fundsGovernment') {
        fire('government-above-total', key, `政府资金 ${yuan(item)} 大于研发经费内部支出合计 ${yuan(total)}`);
      } else {
        fire('sub-item-above-total', key, `${figureLabel(key)} ${yuan(item)} 大于研发经费内部支出合计 ${yuan(total)}`);
      }
    }
    checkSum(fire, 'by-type-sum-mismatch', BY_TYPE, '按费用类别', v, total);
    checkSum(fire, 'by-source-sum-mismatch', BY_SOURCE, '按资金来源', v, total);
  }
  checkProjects(fire, form.projects, total);

  const revenue = v('revenue');
  if (total !== null && revenue !== null && cmp(total, revenue) > 0) {
    fire('rd-above-revenue', 'internalTotal', `研发经费内部支出合计 ${yuan(total)} 大于同期营业收入 ${yuan(revenue)}`);
  }
  const rdStaff = v('rdStaff');
  const staffTotal = v('staffTotal');
  if (rdStaff !== null && staffTotal !== null && cmp(rdStaff, staffTotal) > 0) {
    fire(
      'rd-staff-above-total',
      'rdStaff',
      `研发人员数 ${String(f.rdStaff)} 人多于从业人员期末人数 ${String(f.staffTotal)} 人`,
    );
  }
  if (total !== null) checkJump(fire, total, ctx, rules['jump-from-previous'].threshold);
  if (total !== null && revenue !== null && !isZero(revenue)) {
    checkIntensity(fire, add(total, v('external') ?? ratio(0n)), revenue, ctx, rules);
  }
  return out;
}

type Fire = (code: RdCheckCode, field: string, message: string) => void;

function checkSum(
  fire: Fire,
  code: RdCheckCode,
  keys: readonly RdFigureKey[],
  what: string,
  v: (k: RdFigureKey) => Ratio | null,
  total: Ratio,
) {
  const items = keys.map(v);
  // Nothing filled yet: 必填项 reports it; a partly filled breakdown counts blanks as 0.
  if (items.every((x) => x === null)) return;
  const s = sum(items.map((x) => x ?? ratio(0n)));
  if (cmp(s, total) === 0) return;
  const labels = keys.map(figureLabel).join('、');
  fire(
    code,
    keys[0],
    `${what}（${labels}）之和 ${yuan(s)} 与研发经费内部支出合计 ${yuan(total)} 不符，相差 ${yuan(sub(s, total))}`,
  );
}

function checkProjects(fire: Fire, projects: readonly RdCheckProject[], total: Ratio | null) {
  projects.forEach((p, i) => {
    const e = parseDecimal(p.expenditure);
    const g = parseDecimal(p.government);
    const where = `第 ${i + 1} 个研发项目“${p.name}”`;
    if (cmp(g, e) > 0) {
      fire(
        'project-government-above-expenditure',
        `projects.${i}.government`,
        `${where}的其中政府资金 ${yuan(g)} 大于该项目经费内部支出 ${yuan(e)}`,
      );
    }
    if (total !== null && cmp(e, total) > 0) {
      fire(
        'sub-item-above-total',
        `projects.${i}.expenditure`,
        `${where}的经费内部支出 ${yuan(e)} 大于单位研发经费内部支出合计 ${yuan(total)}`,
      );
    }
  });
  if (total === null || projects.length === 0) return;
  const s = sum(projects.map((p) => parseDecimal(p.expenditure)));
  if (cmp(s, total) > 0) {
    fire(
      'projects-above-internal',
      'projects',
      `${projects.length} 个研发项目经费内部支出之和 ${yuan(s)} 大于单位研发经费内部支出合计 ${yuan(total)}`,
    );
  }
}

function checkJump(fire: Fire, total: Ratio, ctx: RdCheckContext, thresholdPercent: number | null) {
  if (!ctx.previous || thresholdPercent === null) return;
  const prev = parseDecimal(ctx.previous.internalTotal);
  if (isZero(prev)) return;
  const change = div(sub(total, prev), prev);
  const abs = change.n < 0n ? mul(change, ratio(-1n)) : change;
  if (cmp(abs, fromPercent(thresholdPercent)) <= 0) return;
  const dir = change.n < 0n ? '下降' : '增长';
  fire(
    'jump-from-previous',
    'internalTotal',
    `研发经费内部支出合计 ${yuan(total)} 较上期（${ctx.previous.label} ${yuan(prev)}）${dir} ${formatPercent(abs)}，超过 ${thresholdPercent}%`,
  );
}

function checkIntensity(fire: Fire, rd: Ratio, revenue: Ratio, ctx: RdCheckContext, rules: RdRuleConfig) {
  const intensity = div(rd, revenue);
  const shown = `研发经费（内部支出 + 外部支出）${yuan(rd)} 占营业收入 ${yuan(revenue)} 的 ${formatPercent(intensity)}`;
  if (ctx.isHighTech) {
    // The band is chosen by a year's revenue: a half-year's revenue is doubled for the choice only.
    const annual = mul(revenue, ratio(12n, BigInt(ctx.periodMonths)));
    const band =
      HIGH_TECH_RD_BANDS.find((b) => b.maxRevenue === null || cmp(annual, parseDecimal(b.maxRevenue)) <= 0) ??
      HIGH_TECH_RD_BANDS[HIGH_TECH_RD_BANDS.length - 1];
    if (cmp(intensity, fromPercent(band.minPercent)) < 0) {
      const note = ctx.periodMonths === 6 ? '（半年度按营业收入×2 确定档次）' : '';
      fire(
        'high-tech-below-band',
        'internalTotal',
        `高新技术企业${shown}，低于“${band.label}”档不低于 ${band.minPercent}% 的标准${note}（${band.doc}）`,
      );
    }
    return;
  }
  const floor = rules['tech-sme-below-rule'].threshold;
  if (ctx.isTechSme && floor !== null && cmp(intensity, fromPercent(floor)) < 0) {
    fire(
      'tech-sme-below-rule',
      'internalTotal',
      `科技型中小企业${shown}，低于 ${floor}%（评价指标研发投入最低得分档），该项将得 0 分`,
    );
  }
}

/** The task-level check: a unit that has not submitted (or not resubmitted after a return) after the due date. */
export function checkNotReported(
  unit: { status: string; dueDate: string; today: string },
  rules: RdRuleConfig = DEFAULT_RD_RULE_CONFIG,
): RdFinding | null {
  const rule = rules['not-reported'];
  if (!rule.enabled || unit.today <= unit.dueDate) return null;
  if (unit.status === 'submitted' || unit.status === 'approved') return null;
  const what = unit.status === 'returned' ? '退回后尚未重新提交' : '尚未提交';
  return {
    code: 'not-reported',
    severity: rule.severity,
    field: 'status',
    message: `截止日期 ${unit.dueDate} 已过，${what}`,
    explanation: null,
  };
}

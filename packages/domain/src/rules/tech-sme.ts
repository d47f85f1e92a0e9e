import type { TechSmePercentBand } from './tables/tech-sme-bands';
import type { Ratio } from './exact';
import { cmp, div, formatPercent, isZero, parseDecimal, ratio } from './exact';
import { bandPhrase, pickBand } from './banding';
import { checkNegativeList } from './industry';
import type { BandScore, RuleCondition } from './result-types';
import type { TechSmeRdScore, TechSmeResult, TTechSmeInput } from './tech-sme-schema';
import { ZTechSmeInput } from './tech-sme-schema';
import {
  TECH_SME_IP_BANDS,
  TECH_SME_RD_COST_BANDS,
  TECH_SME_RD_REVENUE_BANDS,
  TECH_SME_STAFF_BANDS,
} from './tables/tech-sme-bands';
import { TECH_SME_DIRECT_ROUTES, TECH_SME_GATES, TECH_SME_SIZE_LIMITS } from './tables/tech-sme-conditions';
import { formatWanAgainst, formatWanText } from '../platform/money-format';

type Parsed = ReturnType<typeof ZTechSmeInput.parse>;

const ART6 = '国科发政〔2017〕115号 第六条';
const GUIDE_2022 = '国科火字〔2022〕67号';

function maxPoints(bands: readonly TechSmePercentBand[]): number {
  return Math.max(...bands.map((b) => b.points));
}

/** Scores numerator/denominator against percent bands; a zero denominator scores 0 with an explanation. */
function scoreRatio(
  indicator: string,
  num: Ratio,
  den: Ratio,
  bands: readonly TechSmePercentBand[],
  detail: string,
  zeroDenMessage: string,
): BandScore {
  const bottom = bands[bands.length - 1];
  if (isZero(den)) {
    const message = `${zeroDenMessage}，${indicator}按 0 分计`;
    return {
      indicator,
      value: null,
      bandId: bottom.id,
      bandLabel: bottom.label,
      points: 0,
      maxPoints: maxPoints(bands),
      message,
    };
  }
  const value = div(num, den);
  const band = pickBand(value, bands, 'percent');
  const shown = formatPercent(value);
  const message = `${indicator} ${shown}（${detail}），${bandPhrase(band.label)}，得 ${band.points} 分`;
  return {
    indicator,
    value: shown,
    bandId: band.id,
    bandLabel: band.label,
    points: band.points,
    maxPoints: maxPoints(bands),
    message,
  };
}

function scoreStaff(input: Parsed): BandScore {
  return scoreRatio(
    '科技人员占职工总数比例',
    ratio(BigInt(input.techStaff)),
    ratio(BigInt(input.staffTotal)),
    TECH_SME_STAFF_BANDS,
    `科技人员 ${input.techStaff} 人 / 职工总数 ${input.staffTotal} 人`,
    '职工总数为 0',
  );
}

function scoreRd(rd: Ratio, revenue: Ratio, cost: Ratio): TechSmeRdScore {
  const byRevenue = scoreRatio(
    '研发费用占销售收入比例',
    rd,
    revenue,
    TECH_SME_RD_REVENUE_BANDS,
    `研发费用 ${formatWanText(rd)} / 销售收入 ${formatWanText(revenue)}`,
    '销售收入为 0，无法计算研发费用占销售收入比例',
  );
  const byCost = scoreRatio(
    '研发费用占成本费用支出总额比例',
    rd,
    cost,
    TECH_SME_RD_COST_BANDS,
    `研发费用 ${formatWanText(rd)} / 成本费用支出总额 ${formatWanText(cost)}`,
    '成本费用支出总额为 0，无法计算研发费用占成本费用支出比例',
  );
  // The enterprise may choose either measure (附件 评价指标); we choose for it the one that scores higher.
  const chosen = byCost.points > byRevenue.points ? 'cost' : 'revenue';
  const win = chosen === 'cost' ? byCost : byRevenue;
  const lose = chosen === 'cost' ? byRevenue : byCost;
  const message =
    win.points === lose.points
      ? `两种口径得分相同（均为 ${win.points} 分），按“${win.indicator}”计，研发投入指标得 ${win.points} 分`
      : `研发投入指标按得分较高的“${win.indicator}”计 ${win.points} 分（“${lose.indicator}”得 ${lose.points} 分）`;
  return {
    chosen,
    byRevenue,
    byCost,
    points: win.points,
    maxPoints: Math.max(byRevenue.maxPoints, byCost.maxPoints),
    message,
  };
}

function scoreIp(input: Parsed): BandScore {
  const band =
    TECH_SME_IP_BANDS.find((b) =>
      b.kind === 'I' ? input.ipClassI >= b.minCount : b.kind === 'II' ? input.ipClassII >= b.minCount : true,
    ) ?? TECH_SME_IP_BANDS[TECH_SME_IP_BANDS.length - 1];
  const held = `Ⅰ类知识产权 ${input.ipClassI} 项、Ⅱ类知识产权 ${input.ipClassII} 项`;
  return {
    indicator: '科技成果指标',
    value: held,
    bandId: band.id,
    bandLabel: band.label,
    points: band.points,
    maxPoints: Math.max(...TECH_SME_IP_BANDS.map((b) => b.points)),
    message: `拥有${held}，落在“${band.label}”档，得 ${band.points} 分`,
  };
}

function cond(
  id: string,
  label: string,
  passed: boolean,
  message: string,
  doc: string,
  values: RuleCondition['values'],
  source = 'S1',
): RuleCondition {
  return { id, label, passed, message, values, source, doc };
}

function eligibility(input: Parsed, money: Record<'revenue' | 'totalAssets', Ratio>): RuleCondition[] {
  const out: RuleCondition[] = [
    cond(
      'resident',
      '境内注册的居民企业',
      input.residentEnterprise,
      input.residentEnterprise
        ? '在中国境内（不含港、澳、台地区）注册的居民企业'
        : '不是在中国境内（不含港、澳、台地区）注册的居民企业',
      `${ART6}(一)`,
      { residentEnterprise: input.residentEnterprise },
    ),
    cond(
      'audit-accounting',
      '会计核算健全、查账征收',
      input.auditAccounting,
      input.auditAccounting
        ? '会计核算健全、实行查账征收、能准确归集研发费用'
        : '未实行查账征收或会计核算不健全、不能准确归集研发费用（核定征收企业不能参加评价）',
      `${GUIDE_2022}`,
      { auditAccounting: input.auditAccounting },
      'S4',
    ),
  ];
  for (const limit of TECH_SME_SIZE_LIMITS) {
    const value = limit.field === 'staffTotal' ? ratio(BigInt(input.staffTotal)) : money[limit.field];
    const max = parseDecimal(limit.max);
    const passed = cmp(value, max) <= 0;
    const fmt = (x: Ratio) => (limit.unit === '人' ? `${x.n} 人` : formatWanText(x));
    // Next to its ceiling an amount is shown exactly when 万元 with 2 decimals would make the two read the same.
    const shown = limit.unit === '人' ? fmt(value) : formatWanAgainst(value, max);
    out.push(
      cond(
        limit.id,
        `${limit.label}不超过 ${fmt(max)}`,
        passed,
        `${limit.label} ${shown}，${passed ? '不超过' : '超过'} ${fmt(max)}`,
        limit.doc,
        { value: limit.unit === '人' ? input.staffTotal : formatWanText(value), max: limit.max },
        limit.source,
      ),
    );
  }
  out.push(
    cond(
      'not-restricted',
      '不属于限制类、淘汰类行业',
      !input.restrictedIndustry,
      input.restrictedIndustry
        ? '所在行业属于《产业结构调整指导目录》限制类或淘汰类'
        : '所在行业不属于《产业结构调整指导目录》限制类、淘汰类',
      `${ART6}(三)`,
      { restrictedIndustry: input.restrictedIndustry },
    ),
  );
  const neg = checkNegativeList(input.industryCode);
  out.push(
    cond(
      'not-negative-list',
      '不属于不适用加计扣除的行业',
      !neg.excluded,
      neg.message,
      `${GUIDE_2022}；财税〔2015〕119号`,
      { industryCode: neg.industry.code },
      'S4',
    ),
  );
  out.push(
    cond(
      'no-major-incident',
      '无重大事故和严重失信行为',
      !input.majorIncident,
      input.majorIncident
        ? '上一会计年度至今发生过重大安全、重大质量事故或严重环境违法、科研严重失信、严重弄虚作假行为'
        : '上一会计年度至今未发生重大安全、重大质量事故和严重环境违法、科研严重失信、严重弄虚作假行为',
      `${ART6}(四)`,
      { majorIncident: input.majorIncident },
    ),
  );
  out.push(
    cond(
      'not-abnormal-list',
      '未列入经营异常名录和严重违法失信名单',
      !input.abnormalList,
      input.abnormalList ? '已列入经营异常名录或严重违法失信企业名单' : '未列入经营异常名录和严重违法失信企业名单',
      `${ART6}(四)`,
      { abnormalList: input.abnormalList },
    ),
  );
  return out;
}

/** Evaluates a 科技型中小企业 (国科发政〔2017〕115号 + 国科火字〔2022〕67号) and explains every step in Chinese. */
export function evaluateTechSme(raw: TTechSmeInput): TechSmeResult {
  const input = ZTechSmeInput.parse(raw);
  const revenue = parseDecimal(input.revenue);
  const totalAssets = parseDecimal(input.totalAssets);
  const conditions = eligibility(input, { revenue, totalAssets });
  const eligible = conditions.every((c) => c.passed);

  const techStaff = scoreStaff(input);
  const rd = scoreRd(parseDecimal(input.rdExpense), revenue, parseDecimal(input.costTotal));
  const ip = scoreIp(input);
  const total = techStaff.points + rd.points + ip.points;
  const scoreMessage = `综合得分 ${total} 分（科技人员 ${techStaff.points} 分 + 研发投入 ${rd.points} 分 + 科技成果 ${ip.points} 分）`;

  const g = TECH_SME_GATES;
  const scoreOk = total >= g.passScore;
  const staffOk = !g.staffScoreMustBeNonZero || techStaff.points > 0;
  const gates: RuleCondition[] = [
    cond(
      'score-gate',
      `综合评价得分不低于 ${g.passScore} 分`,
      scoreOk,
      `综合得分 ${total} 分，${scoreOk ? '达到' : '低于'} ${g.passScore} 分`,
      g.doc,
      { total, passScore: g.passScore },
      g.source,
    ),
    cond(
      'staff-score-gate',
      '科技人员指标得分不为 0',
      staffOk,
      staffOk
        ? `科技人员指标得 ${techStaff.points} 分，不为 0`
        : '科技人员指标得 0 分，不满足“科技人员指标得分不得为 0 分”的要求',
      g.doc,
      { techStaffPoints: techStaff.points },
      g.source,
    ),
  ];

  const directRoutes = TECH_SME_DIRECT_ROUTES.map((r) => ({ id: r.field, label: r.label, met: input[r.field] }));
  const metRoutes = directRoutes.filter((r) => r.met);
  const route = !eligible ? null : metRoutes.length > 0 ? 'direct' : scoreOk && staffOk ? 'score' : null;

  const failedConditions = conditions.filter((c) => !c.passed).map((c) => c.message);
  const routeLabels = metRoutes.map((r) => r.label).join('；');
  let reasons: string[];
  if (route === 'direct') reasons = [`满足第六条(一)至(四)项，且${routeLabels}，直接认定，不看评分`];
  else if (route === 'score') reasons = gates.map((c) => c.message);
  else if (metRoutes.length > 0) {
    reasons = [...failedConditions, `虽${routeLabels}，但直接认定须先满足第六条(一)至(四)项`];
  } else reasons = [...failedConditions, ...gates.filter((c) => !c.passed).map((c) => c.message)];

  const summary =
    route === 'direct'
      ? `符合科技型中小企业条件（直接认定：${routeLabels}）`
      : route === 'score'
        ? `符合科技型中小企业条件（综合得分 ${total} 分，不低于 ${g.passScore} 分且科技人员指标得分不为 0）`
        : `不符合科技型中小企业条件：${reasons.join('；')}`;
  return {
    eligibility: { passed: eligible, conditions },
    scores: {
      techStaff,
      rd,
      ip,
      total,
      maxTotal: techStaff.maxPoints + rd.maxPoints + ip.maxPoints,
      message: scoreMessage,
    },
    gates,
    directRoutes,
    verdict: { qualifies: route !== null, route, summary, reasons },
  };
}

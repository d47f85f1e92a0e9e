import { scoreGrowth } from './high-tech-growth';
import { checkHighTechConditions } from './high-tech-eligibility';
import {
  highTechOutcome,
  scoreHighTechConversion,
  scoreHighTechIp,
  scoreHighTechManagement,
} from './high-tech-innovation';
import type { HighTechResult, RangeScore, THighTechInput } from './high-tech-schema';
import { ZHighTechInput } from './high-tech-schema';
import { HIGH_TECH_INNOVATION } from './tables/high-tech-scoring';

function growthMessage(min: number, max: number): string {
  return min === max
    ? `企业成长性按公式计算得 ${min} 分`
    : `企业成长性按公式计算 ${min}–${max} 分（档内具体分值由专家评定）`;
}

/**
 * 高新技术企业 pre-assessment (国科发火〔2016〕32号 / 195号): the hard conditions with the values used, the exact
 * growth score, the other innovation indicators as self-assessed ranges, and the ≥71 pass line on both ends.
 */
export function evaluateHighTech(raw: THighTechInput): HighTechResult {
  const input = ZHighTechInput.parse(raw);
  const conditions = checkHighTechConditions(input);
  const conditionsPassed = conditions.every((c) => c.passed);

  const netAssets = scoreGrowth(
    '净资产增长率',
    input.years.map((y) => ({ year: y.year, value: y.netAssets })),
  );
  const revenue = scoreGrowth(
    '销售收入增长率',
    input.years.map((y) => ({ year: y.year, value: y.revenue })),
  );
  const growth: RangeScore = {
    indicator: '企业成长性',
    minPoints: netAssets.minPoints + revenue.minPoints,
    maxPoints: netAssets.maxPoints + revenue.maxPoints,
    cap: netAssets.itemMax + revenue.itemMax,
    parts: [netAssets, revenue].map((g) => ({
      label: g.indicator,
      minPoints: g.minPoints,
      maxPoints: g.maxPoints,
      message: g.message,
    })),
    message: growthMessage(netAssets.minPoints + revenue.minPoints, netAssets.maxPoints + revenue.maxPoints),
  };
  const ip = scoreHighTechIp(input.innovation.ip);
  const conversion = scoreHighTechConversion(input.innovation.conversionsPerYear);
  const management = scoreHighTechManagement(input.innovation.management);
  const all = [ip, conversion, management, growth];
  const minTotal = all.reduce((s, x) => s + x.minPoints, 0);
  const maxTotal = all.reduce((s, x) => s + x.maxPoints, 0);
  const outcome = highTechOutcome(minTotal, maxTotal);
  const pass = HIGH_TECH_INNOVATION.passScore;
  const innovationMessage = `创新能力评价保守估计 ${minTotal} 分、乐观估计 ${maxTotal} 分，及格线 ${pass} 分（须高于 70 分）：${outcome}`;

  const failed = conditions.filter((c) => !c.passed).map((c) => c.message);
  const verdictOutcome = conditionsPassed ? outcome : '不符合条件';
  const summary = conditionsPassed
    ? `认定条件均满足；${innovationMessage}`
    : `不符合高新技术企业认定条件（${failed.length} 项未满足）：${failed.join('；')}`;
  return {
    conditions,
    conditionsPassed,
    growth: { netAssets, revenue, minPoints: growth.minPoints, maxPoints: growth.maxPoints },
    innovation: {
      growth,
      ip,
      conversion,
      management,
      minTotal,
      maxTotal,
      passScore: pass,
      outcome,
      message: innovationMessage,
    },
    verdict: {
      outcome: verdictOutcome,
      summary,
      reasons: conditionsPassed ? [innovationMessage] : [...failed, innovationMessage],
    },
  };
}

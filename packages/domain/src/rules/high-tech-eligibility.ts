import type { z } from 'zod';
import { daysBetween } from '../calendar/dates';
import type { Ratio } from './exact';
import { cmp, div, formatPercent, fromPercent, isZero, parseDecimal, ratio, sum } from './exact';
import type { ZHighTechInput } from './high-tech-schema';
import type { RuleCondition } from './result-types';
import { HIGH_TECH_RD_BANDS, HIGH_TECH_THRESHOLDS as T } from './tables/high-tech-conditions';
import { HIGH_TECH_DOMAINS } from './tables/high-tech-domains';
import { formatWanAgainst, formatWanText } from '../platform/money-format';

type Input = z.output<typeof ZHighTechInput>;

function cond(
  id: string,
  label: string,
  passed: boolean,
  message: string,
  ref: { source: string; doc: string },
  values: RuleCondition['values'],
): RuleCondition {
  return { id, label, passed, message, values, source: ref.source, doc: ref.doc };
}

/** num/den against an inclusive percent floor; a zero denominator fails with `zeroMessage`. */
function ratioCheck(num: Ratio, den: Ratio, minPercent: number, describe: string, zeroMessage: string) {
  if (isZero(den)) return { passed: false, shown: null as string | null, message: zeroMessage };
  const value = div(num, den);
  const passed = cmp(value, fromPercent(minPercent)) >= 0;
  const shown = formatPercent(value);
  return { passed, shown, message: `${describe} = ${shown}，${passed ? '不低于' : '低于'} ${minPercent}%` };
}

/** The first-level domain of an id ('new-materials') or a code of any level ('04', '0401', '040101'). */
export function findHighTechDomain(idOrCode: string | null): (typeof HIGH_TECH_DOMAINS)[number] | undefined {
  if (idOrCode === null) return undefined;
  return HIGH_TECH_DOMAINS.find(
    (d) => d.id === idOrCode || (/^\d+$/.test(idOrCode) && idOrCode.slice(0, 2) === d.code),
  );
}

/** The eight hard conditions of 第十一条 (all but (七) 创新能力评价, which is scored separately). */
export function checkHighTechConditions(input: Input): RuleCondition[] {
  const out: RuleCondition[] = [];
  const days = daysBetween(input.registeredOn, input.asOf);
  const regOk = days >= T.registeredDays.min;
  out.push(
    cond(
      'registered-one-year',
      '注册成立一年以上',
      regOk,
      `注册成立于 ${input.registeredOn}，截至 ${input.asOf} 共 ${days} 天，${regOk ? '不少于' : '不足'} ${T.registeredDays.min} 天`,
      T.registeredDays,
      { registeredOn: input.registeredOn, asOf: input.asOf, days },
    ),
  );

  out.push(
    cond(
      'core-ip',
      '拥有核心自主知识产权',
      input.coreIpOwned,
      input.coreIpOwned
        ? '拥有对主要产品（服务）在技术上发挥核心支持作用的知识产权的所有权'
        : '未拥有对主要产品（服务）发挥核心支持作用的知识产权的所有权',
      { source: 'S12', doc: '国科发火〔2016〕32号 第十一条(二)' },
      { coreIpOwned: input.coreIpOwned },
    ),
  );

  const domain = findHighTechDomain(input.techDomain);
  out.push(
    cond(
      'tech-domain',
      '属于国家重点支持的高新技术领域',
      domain !== undefined,
      domain
        ? `核心技术属于《国家重点支持的高新技术领域》“${domain.ordinal}、${domain.name}”`
        : '核心技术不属于《国家重点支持的高新技术领域》规定的范围',
      { source: 'S12', doc: '国科发火〔2016〕32号 第十一条(三)' },
      { techDomain: input.techDomain },
    ),
  );

  const staff = ratioCheck(
    ratio(BigInt(input.techStaff)),
    ratio(BigInt(input.staffTotal)),
    T.techStaffPercent.min,
    `科技人员 ${input.techStaff} 人 ÷ 职工总数 ${input.staffTotal} 人`,
    '职工总数为 0，科技人员比例无法计算',
  );
  out.push(
    cond(
      'tech-staff',
      `科技人员占比不低于 ${T.techStaffPercent.min}%`,
      staff.passed,
      staff.message,
      T.techStaffPercent,
      { techStaff: input.techStaff, staffTotal: input.staffTotal, ratio: staff.shown },
    ),
  );

  const years = [...input.years].sort((a, b) => a.year - b.year);
  const latest = years[years.length - 1];
  const latestRevenue = parseDecimal(latest.revenue);
  const band =
    HIGH_TECH_RD_BANDS.find((b) => b.maxRevenue === null || cmp(latestRevenue, parseDecimal(b.maxRevenue)) <= 0) ??
    HIGH_TECH_RD_BANDS[HIGH_TECH_RD_BANDS.length - 1];
  // Beside a band edge the revenue is shown exactly when 万元 with 2 decimals would put it on the edge.
  const edges = HIGH_TECH_RD_BANDS.flatMap((b) => (b.maxRevenue === null ? [] : [b.maxRevenue]));
  const nearEdge = edges.find((e) => formatWanText(e) === formatWanText(latestRevenue));
  const bandRevenue = nearEdge ? formatWanAgainst(latestRevenue, nearEdge) : formatWanText(latestRevenue);
  const rdTotal = sum(years.map((y) => parseDecimal(y.rdExpense)));
  const revTotal = sum(years.map((y) => parseDecimal(y.revenue)));
  const span = years.length === 1 ? `${latest.year} 年` : `${years[0].year}–${latest.year} 年`;
  const rd = ratioCheck(
    rdTotal,
    revTotal,
    band.minPercent,
    `${span}研发费用总额 ${formatWanText(rdTotal)} ÷ 销售收入总额 ${formatWanText(revTotal)}`,
    `${span}销售收入总额为 0，研发费用比例无法计算`,
  );
  out.push(
    cond(
      'rd-ratio',
      '研发费用占销售收入比例达标',
      rd.passed,
      `最近一年（${latest.year} 年）销售收入 ${bandRevenue}，属“${band.label}”，要求不低于 ${band.minPercent}%；${rd.message}`,
      band,
      {
        years: years.length,
        rdTotal: formatWanText(rdTotal),
        revenueTotal: formatWanText(revTotal),
        ratio: rd.shown,
        latestRevenue: formatWanText(latestRevenue),
        requiredPercent: band.minPercent,
      },
    ),
  );

  const domTotal = sum(years.map((y) => parseDecimal(y.domesticRdExpense)));
  const dom = ratioCheck(
    domTotal,
    rdTotal,
    T.domesticRdPercent.min,
    `境内研发费用 ${formatWanText(domTotal)} ÷ 研发费用总额 ${formatWanText(rdTotal)}`,
    '研发费用总额为 0，境内研发费用比例无法计算',
  );
  out.push(
    cond(
      'domestic-rd',
      `境内研发费用占比不低于 ${T.domesticRdPercent.min}%`,
      dom.passed,
      dom.message,
      T.domesticRdPercent,
      { domesticRd: formatWanText(domTotal), rdTotal: formatWanText(rdTotal), ratio: dom.shown },
    ),
  );

  const hti = parseDecimal(input.highTechIncome);
  const ti = parseDecimal(input.totalIncome);
  const inc = ratioCheck(
    hti,
    ti,
    T.highTechIncomePercent.min,
    `近一年高新技术产品（服务）收入 ${formatWanText(hti)} ÷ 总收入 ${formatWanText(ti)}`,
    '近一年总收入为 0，高新技术产品（服务）收入比例无法计算',
  );
  out.push(
    cond(
      'high-tech-income',
      `高新技术产品（服务）收入占比不低于 ${T.highTechIncomePercent.min}%`,
      inc.passed,
      inc.message,
      T.highTechIncomePercent,
      { highTechIncome: formatWanText(hti), totalIncome: formatWanText(ti), ratio: inc.shown },
    ),
  );

  out.push(
    cond(
      'no-major-incident',
      '申请前一年内无重大事故或严重环境违法',
      !input.majorIncident,
      input.majorIncident
        ? '申请认定前一年内发生过重大安全、重大质量事故或严重环境违法行为'
        : '申请认定前一年内未发生重大安全、重大质量事故或严重环境违法行为',
      { source: 'S12', doc: '国科发火〔2016〕32号 第十一条(八)' },
      { majorIncident: input.majorIncident },
    ),
  );
  return out;
}

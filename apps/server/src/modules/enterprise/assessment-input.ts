import type { Selectable } from 'kysely';
import type { THighTechInput, TTechSmeInput } from '@kechuang/domain';
import type { EnterpriseTable, EnterpriseYearlyTable } from './enterprise.tables';

type Yearly = Selectable<EnterpriseYearlyTable>;
const num = (v: string | null) => v ?? '0';

/**
 * Inputs for the rule engines built from the register (figures entered once, reused). Facts the register
 * does not hold (incidents, accounting mode) default to the favourable answer and are listed as assumptions.
 */
export function techSmeInputFrom(e: Selectable<EnterpriseTable>, y: Yearly, holdsHighTech: boolean): TTechSmeInput {
  return {
    staffTotal: y.staff_total ?? 0,
    techStaff: y.tech_staff ?? 0,
    revenue: num(y.revenue),
    rdExpense: num(y.rd_expense),
    costTotal: num(y.cost_total),
    totalAssets: num(y.total_assets),
    ipClassI: y.ip_class1 ?? 0,
    ipClassII: y.ip_class2 ?? 0,
    residentEnterprise: true,
    auditAccounting: true,
    industryCode: e.industry_code ?? '7590',
    restrictedIndustry: false,
    majorIncident: false,
    abnormalList: false,
    validHighTech: holdsHighTech,
  };
}

/** 高企 pre-assessment input from up to three years of figures; the innovation self-assessment starts neutral. */
export function highTechInputFrom(e: Selectable<EnterpriseTable>, years: Yearly[], asOf: string): THighTechInput {
  const sorted = [...years].sort((a, b) => a.year - b.year).slice(-3);
  const last = sorted[sorted.length - 1];
  return {
    asOf,
    registeredOn: e.founded_on ?? asOf,
    coreIpOwned: (last.ip_class1 ?? 0) + (last.ip_class2 ?? 0) > 0,
    techDomain: e.hightech_domain,
    staffTotal: last.staff_total ?? 0,
    techStaff: last.tech_staff ?? 0,
    years: sorted.map((y) => ({
      year: y.year,
      revenue: num(y.revenue),
      rdExpense: num(y.rd_expense),
      domesticRdExpense: num(y.rd_domestic ?? y.rd_expense),
      netAssets: num(y.net_assets),
    })),
    highTechIncome: num(last.hightech_income),
    totalIncome: num(last.total_income ?? last.revenue),
    majorIncident: false,
    innovation: {
      ip: {
        advancement: 'C',
        coreSupport: 'C',
        classICount: last.ip_class1 ?? 0,
        classIICount: last.ip_class2 ?? 0,
        selfDeveloped: true,
      },
      conversionsPerYear: sorted.map(() => 1),
      management: {
        rdManagementSystem: false,
        rdInstitutionAndCooperation: false,
        conversionIncentive: false,
        talentSystem: false,
      },
    },
  };
}

/** What the register assumed when it filled an engine's input (shown beside the result). */
export const ASSUMPTIONS = [
  '未发生重大安全、质量事故或严重环境违法（请核实）',
  '会计核算健全、实行查账征收（请核实）',
  '高企创新能力的专家评分项按中等（C 档）预估，可在自评测算中调整',
];

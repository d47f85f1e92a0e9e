import dayjs from 'dayjs';
import {
  parseIndustryCode,
  type RdEnterpriseType,
  type TAssessmentPrefill,
  type THighTechInput,
  type TTechSmeInput,
} from '@kechuang/domain';

/** 高企 form values: each year row also carries that year's 科技成果转化 count (the engine takes them as a list). */
export type HighTechYearRow = THighTechInput['years'][number] & { conversions?: number };
export type HighTechFormValues = Omit<THighTechInput, 'years'> & { years: HighTechYearRow[] };

export interface RdFormValues {
  year: number;
  enterpriseType: RdEnterpriseType;
  industryCode: string;
  includeOptionalRows: boolean;
  expensedRd: string;
  capitalisedRdAmortisation: string;
  taxRate: 'general' | 'high-tech';
}

const lastYear = () => dayjs().year() - 1;

// Used when there is no enterprise or it has no yearly figures: a blank, valid starting point.
export const BLANK_TECH_SME: TTechSmeInput = {
  staffTotal: 0,
  techStaff: 0,
  revenue: '0',
  rdExpense: '0',
  costTotal: '0',
  totalAssets: '0',
  ipClassI: 0,
  ipClassII: 0,
  residentEnterprise: true,
  auditAccounting: true,
  industryCode: '',
  restrictedIndustry: false,
  majorIncident: false,
  abnormalList: false,
  validHighTech: false,
  nationalAwardTop3In5y: false,
  provincialRdInstitution: false,
  ledStandardIn5y: false,
};

const BLANK_HIGH_TECH: THighTechInput = {
  asOf: dayjs().format('YYYY-MM-DD'),
  registeredOn: '',
  coreIpOwned: false,
  techDomain: null,
  staffTotal: 0,
  techStaff: 0,
  years: [{ year: lastYear(), revenue: '0', rdExpense: '0', domesticRdExpense: '0', netAssets: '0' }],
  highTechIncome: '0',
  totalIncome: '0',
  majorIncident: false,
  innovation: {
    ip: {
      advancement: 'C',
      coreSupport: 'C',
      classICount: 0,
      classIICount: 0,
      selfDeveloped: true,
      standardParticipation: false,
    },
    conversionsPerYear: [0],
    management: {
      rdManagementSystem: false,
      rdInstitutionAndCooperation: false,
      conversionIncentive: false,
      talentSystem: false,
    },
  },
};

export function techSmeInitial(prefill: TAssessmentPrefill | null): TTechSmeInput {
  return { ...BLANK_TECH_SME, ...(prefill?.techSme ?? {}) };
}

/** Prefill → form: years oldest first, each with its conversion count. */
export function highTechInitial(prefill: TAssessmentPrefill | null): HighTechFormValues {
  const src = prefill?.highTech ?? BLANK_HIGH_TECH;
  const years = [...src.years].sort((a, b) => a.year - b.year);
  return { ...src, years: years.map((y, i) => ({ ...y, conversions: src.innovation.conversionsPerYear[i] ?? 0 })) };
}

/** Form → engine input: the per-year conversion counts become `innovation.conversionsPerYear`, oldest first. */
export function highTechInput(v: HighTechFormValues): THighTechInput {
  const years = [...v.years].sort((a, b) => a.year - b.year);
  return {
    ...v,
    techDomain: v.techDomain || null,
    years: years.map(({ conversions: _c, ...y }) => y),
    innovation: { ...v.innovation, conversionsPerYear: years.map((y) => y.conversions ?? 0) },
  };
}

/** 加计扣除 defaults from the prefill: last year's R&D expense, 制造业 when the industry is in section C. */
export function rdInitial(prefill: TAssessmentPrefill | null): RdFormValues {
  const sme = prefill?.techSme;
  const industry = sme?.industryCode ? parseIndustryCode(sme.industryCode) : null;
  return {
    year: prefill?.year ?? lastYear(),
    enterpriseType: industry?.section === 'C' ? 'manufacturing' : 'general',
    industryCode: sme?.industryCode ?? '',
    includeOptionalRows: false,
    expensedRd: String(sme?.rdExpense ?? '0'),
    capitalisedRdAmortisation: '0',
    taxRate: sme?.validHighTech ? 'high-tech' : 'general',
  };
}

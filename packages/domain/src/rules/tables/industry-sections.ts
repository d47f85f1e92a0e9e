import type { SourceRef } from './source';

/** A GB/T 4754-2017 门类 and the range of its 大类 numbers (大类 numbers are unique across 门类). */
export interface IndustrySectionRow extends SourceRef {
  readonly section: string;
  readonly name: string;
  readonly fromDivision: number;
  readonly toDivision: number;
}

const GB4754: SourceRef = { source: 'S34', doc: 'GB/T 4754-2017 国民经济行业分类', confidence: '◐' };

/** The 20 门类 of GB/T 4754-2017 with their 大类 ranges (97 大类 in all); used to derive the letter of a digits-only code. */
export const INDUSTRY_SECTIONS: readonly IndustrySectionRow[] = [
  { section: 'A', name: '农、林、牧、渔业', fromDivision: 1, toDivision: 5, ...GB4754 },
  { section: 'B', name: '采矿业', fromDivision: 6, toDivision: 12, ...GB4754 },
  { section: 'C', name: '制造业', fromDivision: 13, toDivision: 43, ...GB4754 },
  { section: 'D', name: '电力、热力、燃气及水生产和供应业', fromDivision: 44, toDivision: 46, ...GB4754 },
  { section: 'E', name: '建筑业', fromDivision: 47, toDivision: 50, ...GB4754 },
  { section: 'F', name: '批发和零售业', fromDivision: 51, toDivision: 52, ...GB4754 },
  { section: 'G', name: '交通运输、仓储和邮政业', fromDivision: 53, toDivision: 60, ...GB4754 },
  { section: 'H', name: '住宿和餐饮业', fromDivision: 61, toDivision: 62, ...GB4754 },
  { section: 'I', name: '信息传输、软件和信息技术服务业', fromDivision: 63, toDivision: 65, ...GB4754 },
  { section: 'J', name: '金融业', fromDivision: 66, toDivision: 69, ...GB4754 },
  { section: 'K', name: '房地产业', fromDivision: 70, toDivision: 70, ...GB4754 },
  { section: 'L', name: '租赁和商务服务业', fromDivision: 71, toDivision: 72, ...GB4754 },
  { section: 'M', name: '科学研究和技术服务业', fromDivision: 73, toDivision: 75, ...GB4754 },
  { section: 'N', name: '水利、环境和公共设施管理业', fromDivision: 76, toDivision: 79, ...GB4754 },
  { section: 'O', name: '居民服务、修理和其他服务业', fromDivision: 80, toDivision: 82, ...GB4754 },
  { section: 'P', name: '教育', fromDivision: 83, toDivision: 83, ...GB4754 },
  { section: 'Q', name: '卫生和社会工作', fromDivision: 84, toDivision: 85, ...GB4754 },
  { section: 'R', name: '文化、体育和娱乐业', fromDivision: 86, toDivision: 90, ...GB4754 },
  { section: 'S', name: '公共管理、社会保障和社会组织', fromDivision: 91, toDivision: 96, ...GB4754 },
  { section: 'T', name: '国际组织', fromDivision: 97, toDivision: 97, ...GB4754 },
];

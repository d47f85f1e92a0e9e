import type { SourceRef } from './source';

/** One of the 8 first-level 《国家重点支持的高新技术领域》. */
export interface HighTechDomainRow extends SourceRef {
  readonly id: string;
  /** Two-digit code used by the platform's domain code table (sub-domains extend it: 0801, 080101). */
  readonly code: string;
  readonly ordinal: string;
  readonly name: string;
}

const S19: SourceRef = {
  source: 'S19',
  doc: '国科发火〔2016〕32号 附件《国家重点支持的高新技术领域》',
  confidence: '✔',
};

/** The 8 national key-support high-tech domains (first level; sub-domains ship separately as a versioned tree). */
export const HIGH_TECH_DOMAINS = [
  { id: 'electronic-information', code: '01', ordinal: '一', name: '电子信息', ...S19 },
  { id: 'bio-medicine', code: '02', ordinal: '二', name: '生物与新医药', ...S19 },
  { id: 'aerospace', code: '03', ordinal: '三', name: '航空航天', ...S19 },
  { id: 'new-materials', code: '04', ordinal: '四', name: '新材料', ...S19 },
  { id: 'high-tech-services', code: '05', ordinal: '五', name: '高技术服务', ...S19 },
  { id: 'new-energy', code: '06', ordinal: '六', name: '新能源与节能', ...S19 },
  { id: 'resources-environment', code: '07', ordinal: '七', name: '资源与环境', ...S19 },
  { id: 'advanced-manufacturing', code: '08', ordinal: '八', name: '先进制造与自动化', ...S19 },
] as const satisfies readonly HighTechDomainRow[];

/** Domain ids as a tuple for z.enum. */
export const HIGH_TECH_DOMAIN_IDS = HIGH_TECH_DOMAINS.map((d) => d.id) as [
  (typeof HIGH_TECH_DOMAINS)[number]['id'],
  ...(typeof HIGH_TECH_DOMAINS)[number]['id'][],
];

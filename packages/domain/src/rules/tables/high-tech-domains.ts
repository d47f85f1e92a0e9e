import type { SourceRef } from './source';

/** One of the 8 first-level 《国家重点支持的高新技术领域》. */
export interface HighTechDomainRow extends SourceRef {
  readonly id: string;
  readonly ordinal: string;
  readonly name: string;
}

const S19: SourceRef = { source: 'S19', doc: '国科发火〔2016〕32号 附件《国家重点支持的高新技术领域》', confidence: '✔' };

/** The 8 national key-support high-tech domains (first level; sub-domains ship separately as a versioned tree). */
export const HIGH_TECH_DOMAINS = [
  { id: 'electronic-information', ordinal: '一', name: '电子信息', ...S19 },
  { id: 'bio-medicine', ordinal: '二', name: '生物与新医药', ...S19 },
  { id: 'aerospace', ordinal: '三', name: '航空航天', ...S19 },
  { id: 'new-materials', ordinal: '四', name: '新材料', ...S19 },
  { id: 'high-tech-services', ordinal: '五', name: '高技术服务', ...S19 },
  { id: 'new-energy', ordinal: '六', name: '新能源与节能', ...S19 },
  { id: 'resources-environment', ordinal: '七', name: '资源与环境', ...S19 },
  { id: 'advanced-manufacturing', ordinal: '八', name: '先进制造与自动化', ...S19 },
] as const satisfies readonly HighTechDomainRow[];

/** Domain ids as a tuple for z.enum. */
export const HIGH_TECH_DOMAIN_IDS = HIGH_TECH_DOMAINS.map((d) => d.id) as [
  (typeof HIGH_TECH_DOMAINS)[number]['id'],
  ...(typeof HIGH_TECH_DOMAINS)[number]['id'][],
];

import { pickBand } from './banding';
import { formatPlain, ratio } from './exact';
import type { HighTechOutcome, RangeScore, THighTechInnovation } from './high-tech-schema';
import {
  HIGH_TECH_CONVERSION_BANDS,
  HIGH_TECH_INNOVATION,
  HIGH_TECH_IP_GRADE_POINTS,
  HIGH_TECH_IP_OTHER,
  HIGH_TECH_IP_QUANTITY_BANDS,
  HIGH_TECH_MANAGEMENT_ITEMS,
} from './tables/high-tech-scoring';

type Part = RangeScore['parts'][number];

function range(min: number, max: number): string {
  return min === max ? `${min} 分` : `${min}–${max} 分`;
}

function total(indicator: string, cap: number, parts: Part[]): RangeScore {
  const minPoints = Math.min(
    cap,
    parts.reduce((s, p) => s + p.minPoints, 0),
  );
  const maxPoints = Math.min(
    cap,
    parts.reduce((s, p) => s + p.maxPoints, 0),
  );
  const capped = parts.reduce((s, p) => s + p.maxPoints, 0) > cap ? `（合计封顶 ${cap} 分）` : '';
  return {
    indicator,
    minPoints,
    maxPoints,
    cap,
    parts,
    message: `${indicator}自评 ${range(minPoints, maxPoints)}${capped}`,
  };
}

/** 知识产权 (≤30): two expert grades, the quantity band, the way of acquisition and the standards bonus. */
export function scoreHighTechIp(ip: THighTechInnovation['ip']): RangeScore {
  const grades = HIGH_TECH_IP_GRADE_POINTS;
  const adv = grades[ip.advancement];
  const core = grades[ip.coreSupport];
  const qty =
    HIGH_TECH_IP_QUANTITY_BANDS.find((b) =>
      b.kind === 'I' ? ip.classICount >= b.minCount : b.kind === 'II' ? ip.classIICount >= b.minCount : true,
    ) ?? HIGH_TECH_IP_QUANTITY_BANDS[HIGH_TECH_IP_QUANTITY_BANDS.length - 1];
  const o = HIGH_TECH_IP_OTHER;
  const hasIp = ip.classICount + ip.classIICount > 0;
  const acq = !hasIp ? o.acquisition.none : ip.selfDeveloped ? o.acquisition.selfDeveloped : o.acquisition.acquiredOnly;
  const bonus = ip.standardParticipation ? o.standardBonus : { minPoints: 0, maxPoints: 0 };
  const parts: Part[] = [
    {
      label: '技术的先进程度',
      ...adv,
      message: `技术的先进程度自评 ${ip.advancement} 档，${range(adv.minPoints, adv.maxPoints)}`,
    },
    {
      label: '对主要产品（服务）的核心支持作用',
      ...core,
      message: `核心支持作用自评 ${ip.coreSupport} 档，${range(core.minPoints, core.maxPoints)}`,
    },
    {
      label: '知识产权数量',
      minPoints: qty.minPoints,
      maxPoints: qty.maxPoints,
      message: `Ⅰ类 ${ip.classICount} 项、Ⅱ类 ${ip.classIICount} 项，落在“${qty.label}”档，${range(qty.minPoints, qty.maxPoints)}`,
    },
    {
      label: '知识产权获得方式',
      minPoints: acq.minPoints,
      maxPoints: acq.maxPoints,
      message: `${acq.label}，${range(acq.minPoints, acq.maxPoints)}`,
    },
    {
      label: '参与编制标准加分',
      ...bonus,
      message: ip.standardParticipation
        ? `参与编制国家/行业标准等，加 ${range(bonus.minPoints, bonus.maxPoints)}`
        : '未参与编制标准，不加分',
    },
  ];
  return total('知识产权', o.cap, parts);
}

/** 科技成果转化能力 (≤30) from the yearly average over the years given (不满三年按实际). */
export function scoreHighTechConversion(conversionsPerYear: readonly number[]): RangeScore {
  const sum = conversionsPerYear.reduce((s, n) => s + n, 0);
  const avg = ratio(BigInt(sum), BigInt(conversionsPerYear.length));
  const band = pickBand(avg, HIGH_TECH_CONVERSION_BANDS, 'count');
  const cap = Math.max(...HIGH_TECH_CONVERSION_BANDS.map((b) => b.maxPoints));
  const message = `近 ${conversionsPerYear.length} 年科技成果转化共 ${sum} 项，年均 ${formatPlain(avg)} 项，落在“${band.label}”档，${range(band.minPoints, band.maxPoints)}`;
  return {
    indicator: '科技成果转化能力',
    minPoints: band.minPoints,
    maxPoints: band.maxPoints,
    cap,
    parts: [{ label: band.label, minPoints: band.minPoints, maxPoints: band.maxPoints, message }],
    message,
  };
}

/** 研究开发组织管理水平 (≤20): each sub-item present earns within its range, absent earns 0. */
export function scoreHighTechManagement(m: THighTechInnovation['management']): RangeScore {
  const parts: Part[] = HIGH_TECH_MANAGEMENT_ITEMS.map((item) =>
    m[item.field]
      ? {
          label: item.label,
          minPoints: item.minPoints,
          maxPoints: item.maxPoints,
          message: `已具备${item.label}，${range(item.minPoints, item.maxPoints)}`,
        }
      : { label: item.label, minPoints: 0, maxPoints: 0, message: `不具备${item.label}，0 分` },
  );
  return total(
    '研究开发组织管理水平',
    HIGH_TECH_MANAGEMENT_ITEMS.reduce((s, i) => s + i.maxPoints, 0),
    parts,
  );
}

/** Applies the pass line (≥71) to the conservative and optimistic totals. */
export function highTechOutcome(minTotal: number, maxTotal: number): HighTechOutcome {
  const pass = HIGH_TECH_INNOVATION.passScore;
  return minTotal >= pass ? '确定通过' : maxTotal >= pass ? '可能通过' : '难以通过';
}

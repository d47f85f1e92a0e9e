import type { SourceRef } from '../rules/tables/source';
import { ACHIEVEMENT_CATEGORY_LABELS, type AchievementCategory } from './achievement.enums';

/** The kinds of evidence a registration may carry (the attachment's `kind`). */
export const EVIDENCE_KINDS = ['form', 'appraisal', 'ip', 'test', 'user', 'paper', 'use', 'report', 'other'] as const;
export type EvidenceKind = (typeof EVIDENCE_KINDS)[number];
export const EVIDENCE_KIND_LABELS: Record<EvidenceKind, string> = {
  form: '科技成果登记表（盖第一完成单位公章）',
  appraisal: '评价证明（鉴定证书或验收证明）',
  ip: '知识产权证明',
  test: '查新报告或检测报告',
  user: '用户证明',
  paper: '论文或专著',
  use: '应用证明',
  report: '研究报告',
  other: '其他材料',
};

/** The evidence one 类别 requires before a registration may be submitted, with where the rule is read. */
export interface EvidenceRuleRow extends SourceRef {
  readonly category: AchievementCategory;
  readonly required: readonly EvidenceKind[];
  /** Accepted but not required. */
  readonly optional: readonly EvidenceKind[];
}

const DOC = '科技部《科技成果登记办法》；科技成果登记表（国统函〔2000〕159号）';

/**
 * 类别 → required evidence (docs/rules.md §5.3, [S51]): every registration carries the 登记表 stamped by the first
 * completing unit; 应用技术 an appraisal or acceptance certificate and a user statement (IP certificates and
 * novelty or test reports where there are some); 基础理论 the papers or monographs; 软科学 the proof of use and the
 * research report.
 */
export const EVIDENCE_RULES: readonly EvidenceRuleRow[] = [
  {
    category: 'applied',
    required: ['form', 'appraisal', 'user'],
    optional: ['ip', 'test', 'other'],
    source: 'S51',
    doc: DOC,
    confidence: '◐',
  },
  { category: 'basic', required: ['form', 'paper'], optional: ['other'], source: 'S51', doc: DOC, confidence: '✔' },
  {
    category: 'soft',
    required: ['form', 'use', 'report'],
    optional: ['other'],
    source: 'S51',
    doc: DOC,
    confidence: '✔',
  },
];

/** The evidence rule of a 类别. */
export function evidenceRuleOf(category: AchievementCategory): EvidenceRuleRow {
  return EVIDENCE_RULES.find((r) => r.category === category)!;
}

/** The kinds a 类别 accepts, required first. */
export function evidenceKindsOf(category: AchievementCategory): EvidenceKind[] {
  const r = evidenceRuleOf(category);
  return [...r.required, ...r.optional];
}

/** The required evidence kinds not among those attached. */
export function missingEvidence(category: AchievementCategory, attached: Iterable<string>): EvidenceKind[] {
  const have = new Set(attached);
  return evidenceRuleOf(category).required.filter((k) => !have.has(k));
}

/** The refusal of a submission without its evidence, naming each missing kind. */
export function missingEvidenceMessage(category: AchievementCategory, missing: readonly EvidenceKind[]): string {
  const names = missing.map((k) => `“${EVIDENCE_KIND_LABELS[k]}”`).join('、');
  return `${ACHIEVEMENT_CATEGORY_LABELS[category]}类成果登记缺少证明材料：${names}，请上传后再提交`;
}

import { z } from 'zod';
import type { ReportDocument, ReportParagraph, ReportRun, ReportSection } from './report-document.contract';

/**
 * Redaction for publication, as the seed masks: place and person names replaced by their masked forms (甘肃 → *,
 * so 甘肃省 reads *省), and the figures of some facts (persons counted, 聘任*名) printed as *. A pure function of a
 * document and the term list: previewing and exporting apply the same.
 */
export const ZRedactionTerm = z.object({
  term: z.string().trim().min(1, '脱敏词不能为空').max(50, '脱敏词不能超过 50 个字符'),
  masked: z.string().trim().max(50, '替换文字不能超过 50 个字符'),
});
export type RedactionTerm = z.infer<typeof ZRedactionTerm>;

export const ZRedactionRules = z.object({
  /** Fact keys whose figures print masked ('commissioner.appointed' → 聘任县级科技特派员*名). */
  maskedFactKeys: z.array(z.string().regex(/^[a-z][a-z0-9-]*\.[a-z0-9_-]+$/, '事实键格式须如 commissioner.appointed')),
});
export type RedactionRules = z.infer<typeof ZRedactionRules>;

export const ZRedactionSettings = z.object({
  terms: z.array(ZRedactionTerm).max(500, '脱敏词不能超过 500 个'),
  rules: ZRedactionRules,
});
export type RedactionSettings = z.infer<typeof ZRedactionSettings>;

/** Replaces every term, longest first (so 陇西县 wins over 陇西). */
export function redactText(text: string, terms: readonly RedactionTerm[]): string {
  const sorted = [...terms].sort((a, b) => b.term.length - a.term.length);
  let out = text;
  for (const t of sorted) out = out.split(t.term).join(t.masked);
  return out;
}

function redactRun(run: ReportRun, s: RedactionSettings): ReportRun {
  if ('text' in run) return { text: redactText(run.text, s.terms) };
  const f = run.figure;
  if (s.rules.maskedFactKeys.includes(f.factKey)) {
    return { figure: { ...f, text: f.text.replace(/\d+(\.\d+)?/g, '*') } };
  }
  return { figure: { ...f, text: redactText(f.text, s.terms) } };
}

const redactParagraph = (p: ReportParagraph, s: RedactionSettings): ReportParagraph => ({
  ...p,
  runs: p.runs.map((r) => redactRun(r, s)),
});

function redactSection(section: ReportSection, s: RedactionSettings): ReportSection {
  return {
    ...section,
    heading: redactText(section.heading, s.terms),
    paragraphs: section.paragraphs.map((p) => redactParagraph(p, s)),
    sections: section.sections.map((x) => redactSection(x, s)),
  };
}

/** The document with every term masked and the rules' figures starred. */
export function redactDocument(doc: ReportDocument, s: RedactionSettings): ReportDocument {
  return {
    title: redactText(doc.title, s.terms),
    opening: doc.opening.map((p) => redactParagraph(p, s)),
    sections: doc.sections.map((x) => redactSection(x, s)),
    issuer: redactText(doc.issuer, s.terms),
    issuedOn: doc.issuedOn,
  };
}

/** The demo county's list, as the seed masks (the bureau edits it). */
export const DEFAULT_REDACTION: RedactionSettings = {
  terms: [
    { term: '甘肃', masked: '*' },
    { term: '定西', masked: '*' },
    { term: '陇西', masked: '*' },
    { term: '山东', masked: '*' },
  ],
  rules: { maskedFactKeys: ['commissioner.appointed', 'foreign-expert.experts'] },
};

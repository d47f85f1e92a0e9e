import { add, div, formatPlain, isZero, parseDecimal, ratio } from '../rules/exact';
import type { ReportFact } from '../platform/report-facts.contract';
import { MEASURE_UNITS } from '../platform/report-facts.contract';
import type { ReportFigure, ReportRun } from './report-document.contract';
import { parseTemplateText, type ContextWord, type FactPlaceholder } from './report-placeholder';

/** The facts a placeholder reads, summed, with the names its kind lists (already short names). */
export interface ResolvedFact {
  value: string;
  unit: string;
  recordType: string;
  recordIds: number[];
  names: string[];
  link: string;
}

/** Resolves a placeholder against the facts of a region and period (see resolveFromFacts). */
export type FactResolver = (p: FactPlaceholder) => ResolvedFact;

/** The bureau's way of writing 万元: exact to the 分, trailing zeros dropped (7200万元, 12.5万元). */
export function wanText(yuan: string): string {
  return `${formatPlain(div(parseDecimal(yuan), ratio(10000n)), 6)}万元`;
}

const isZeroText = (v: string) => isZero(parseDecimal(v));

/** What a resolved placeholder prints as. */
export function figureText(p: FactPlaceholder, f: ResolvedFact): string {
  if (p.kind === 'wan') return wanText(f.value);
  if (p.kind === 'count') return formatPlain(parseDecimal(f.value), 2);
  if (p.kind === 'value') return `${formatPlain(parseDecimal(f.value), 2)}${f.unit === '%' ? '%' : ''}`;
  if (p.kind === 'if') return '';
  const text = (p.first ? f.names.slice(0, p.first) : f.names).join('、');
  if (p.kind !== 'names' || !p.unit) return text;
  const count = MEASURE_UNITS.includes(f.unit as never) ? String(f.names.length) : formatPlain(parseDecimal(f.value));
  return `${text}等${count}${p.unit}`;
}

/** The facts a placeholder reads: those with exactly its dimensions, else all of the key that carry them. */
export function matchingFacts(facts: readonly ReportFact[], p: FactPlaceholder): ReportFact[] {
  const want = Object.entries(p.dimensions);
  const carrying = facts.filter((f) => f.key === p.key && want.every(([k, v]) => f.dimensions[k] === v));
  const exact = carrying.filter((f) => Object.keys(f.dimensions).length === want.length);
  return exact.length ? exact : carrying;
}

/** The matching facts summed (a count or a measure alike), their records once each, named by `nameOf`. */
export function resolveFromFacts(
  facts: readonly ReportFact[],
  p: FactPlaceholder,
  nameOf: (fact: ReportFact, index: number) => string,
): ResolvedFact {
  const hits = matchingFacts(facts, p);
  let total = ratio(0n);
  const ids: number[] = [];
  const names: string[] = [];
  for (const f of hits) {
    total = add(total, parseDecimal(f.value));
    f.recordIds.forEach((id, i) => {
      if (ids.includes(id)) return;
      ids.push(id);
      const name = nameOf(f, i);
      if (name && !names.includes(name)) names.push(name);
    });
  }
  const link = hits.length ? `${hits[0].link.split('?')[0]}?ids=${ids.join(',')}` : '';
  return {
    value: formatPlain(total, 2),
    unit: hits[0]?.unit ?? '',
    recordType: hits[0]?.recordType ?? '',
    recordIds: ids,
    names,
    link,
  };
}

export interface RenderContext {
  resolve: FactResolver;
  words: Record<ContextWord, string>;
}

type Piece = ReportRun & { zero?: boolean };

/** Splits text after each sentence end (。；), keeping the mark with its sentence. */
const sentenceParts = (text: string) => text.split(/(?<=[。；])/).filter((s) => s.length > 0);

/**
 * Renders one paragraph's template text into runs. A sentence (ended by 。 or ；) whose figures are all zero is
 * left out; a paragraph left with nothing is null.
 */
export function renderParagraph(text: string, ctx: RenderContext): ReportRun[] | null {
  const sentences: Piece[][] = [[]];
  for (const seg of parseTemplateText(text)) {
    if ('context' in seg) sentences[sentences.length - 1].push({ text: ctx.words[seg.context] });
    else if ('placeholder' in seg) {
      const p = seg.placeholder;
      const f = ctx.resolve(p);
      const figure: ReportFigure = {
        text: figureText(p, f),
        factKey: p.key,
        dimensions: p.dimensions,
        value: f.value,
        unit: f.unit,
        recordType: f.recordType,
        recordIds: f.recordIds,
        link: f.link,
      };
      const zero = f.recordIds.length === 0 || (p.kind !== 'names' && isZeroText(f.value));
      // An `if` prints nothing: it only decides whether its sentence stays.
      sentences[sentences.length - 1].push(p.kind === 'if' ? { text: '', zero } : { figure, zero });
    } else {
      for (const part of sentenceParts(seg.text)) {
        sentences[sentences.length - 1].push({ text: part });
        if (/[。；]$/.test(part)) sentences.push([]);
      }
    }
  }
  const kept = sentences.filter((s) => {
    const facts = s.filter((r) => r.zero !== undefined);
    return !(facts.length > 0 && facts.every((r) => r.zero));
  });
  const runs: ReportRun[] = [];
  for (const piece of kept.flat()) {
    const run: ReportRun = 'figure' in piece ? { figure: piece.figure } : { text: piece.text };
    const last = runs[runs.length - 1];
    if ('text' in run && last && 'text' in last) last.text += run.text;
    else runs.push(run);
  }
  // A last kept clause that ended in ； ends the paragraph with 。.
  const last = runs[runs.length - 1];
  if (last && 'text' in last) last.text = last.text.replace(/；$/, '。');
  const empty = runs.every((r) => 'text' in r && r.text.trim() === '');
  return empty ? null : runs;
}

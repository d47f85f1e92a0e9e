import type { ReportDocument, ReportFigure, ReportParagraph, ReportSection } from './report-document.contract';

/** A figure a re-generation changed: in which paragraph, which fact, as printed before and after. */
export interface ReportChange {
  paragraphId: string;
  factKey: string;
  before: string;
  after: string;
}

const figuresOf = (p: ReportParagraph): ReportFigure[] => p.runs.flatMap((r) => ('figure' in r ? [r.figure] : []));
const sameFigure = (a: ReportFigure, b: ReportFigure) =>
  a.factKey === b.factKey && JSON.stringify(a.dimensions) === JSON.stringify(b.dimensions);

function allParagraphs(doc: ReportDocument): ReportParagraph[] {
  const walk = (s: ReportSection): ReportParagraph[] => [...s.paragraphs, ...s.sections.flatMap(walk)];
  return [...doc.opening, ...doc.sections.flatMap(walk)];
}

/**
 * An edited paragraph keeps its text; each figure it still holds takes the fresh figure of the same fact and
 * dimensions (the n-th of them, in order). A figure whose fact is gone keeps its old value.
 */
function refreshEdited(old: ReportParagraph, fresh: ReportParagraph | undefined): ReportParagraph {
  const pool = fresh ? figuresOf(fresh) : [];
  const used = new Set<number>();
  return {
    ...old,
    runs: old.runs.map((run) => {
      if (!('figure' in run)) return run;
      const at = pool.findIndex((f, i) => !used.has(i) && sameFigure(f, run.figure));
      if (at < 0) return run;
      used.add(at);
      return { figure: pool[at] };
    }),
  };
}

function changesOf(id: string, before: ReportParagraph | undefined, after: ReportParagraph): ReportChange[] {
  const old = before ? figuresOf(before) : [];
  const used = new Set<number>();
  return figuresOf(after).flatMap((f) => {
    const at = old.findIndex((o, i) => !used.has(i) && sameFigure(o, f));
    if (at >= 0) used.add(at);
    const was = at >= 0 ? old[at].text : '';
    return was === f.text ? [] : [{ paragraphId: id, factKey: f.factKey, before: was, after: f.text }];
  });
}

/**
 * Re-generation: the fresh document, where every paragraph staff edited keeps its text (figures refreshed), and
 * the list of figures that changed. Edited paragraphs that the fresh document no longer has stay where they were.
 */
export function mergeRegenerated(
  old: ReportDocument,
  fresh: ReportDocument,
): { document: ReportDocument; changes: ReportChange[] } {
  const oldById = new Map(allParagraphs(old).map((p) => [p.id, p]));
  const freshById = new Map(allParagraphs(fresh).map((p) => [p.id, p]));
  const changes: ReportChange[] = [];
  const pick = (p: ReportParagraph): ReportParagraph => {
    const before = oldById.get(p.id);
    const merged = before?.edited ? refreshEdited(before, p) : p;
    changes.push(...changesOf(p.id, before, merged));
    return merged;
  };
  const keepEditedGone = (oldList: ReportParagraph[], list: ReportParagraph[]) => {
    const gone = oldList.filter((p) => p.edited && !freshById.has(p.id));
    return [...list, ...gone];
  };
  const section = (s: ReportSection, was: ReportSection | undefined): ReportSection => ({
    ...s,
    paragraphs: keepEditedGone(was?.paragraphs ?? [], s.paragraphs.map(pick)),
    sections: s.sections.map((x) =>
      section(
        x,
        was?.sections.find((y) => y.id === x.id),
      ),
    ),
  });
  const document: ReportDocument = {
    ...fresh,
    opening: keepEditedGone(old.opening, fresh.opening.map(pick)),
    sections: fresh.sections.map((s) =>
      section(
        s,
        old.sections.find((y) => y.id === s.id),
      ),
    ),
  };
  return { document, changes };
}

/** Marks the paragraphs whose printed text differs from the stored version as edited by staff. */
export function markEdited(stored: ReportDocument, incoming: ReportDocument): ReportDocument {
  const storedText = new Map(allParagraphs(stored).map((p) => [p.id, textOf(p)]));
  const mark = (p: ReportParagraph): ReportParagraph =>
    p.edited || storedText.get(p.id) !== textOf(p) ? { ...p, edited: true } : p;
  const section = (s: ReportSection): ReportSection => ({
    ...s,
    paragraphs: s.paragraphs.map(mark),
    sections: s.sections.map(section),
  });
  return { ...incoming, opening: incoming.opening.map(mark), sections: incoming.sections.map(section) };
}

const textOf = (p: ReportParagraph) => p.runs.map((r) => ('text' in r ? r.text : r.figure.text)).join('');

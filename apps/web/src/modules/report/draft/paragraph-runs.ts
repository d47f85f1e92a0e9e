import type { ReportParagraph, ReportRun } from '@kechuang/domain';

/**
 * Reads an edited paragraph back from its DOM: text nodes become text, an element carrying `data-run` is the figure
 * run of that index in the paragraph as it was rendered (figures cannot be typed into, only kept or deleted), and
 * anything the browser inserted (a <br>, a <div> after Enter, a <span> from a paste) gives its text.
 */
export function runsFromDom(root: Node, rendered: ReportParagraph): ReportRun[] {
  const runs: ReportRun[] = [];
  const addText = (text: string) => {
    if (!text) return;
    const last = runs[runs.length - 1];
    if (last && 'text' in last) runs[runs.length - 1] = { text: last.text + text };
    else runs.push({ text });
  };
  const walk = (node: Node) => {
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType === Node.TEXT_NODE) {
        addText(child.textContent ?? '');
        continue;
      }
      if (!(child instanceof HTMLElement)) continue;
      const index = child.dataset.run;
      const run = index === undefined ? undefined : rendered.runs[Number(index)];
      if (run && 'figure' in run) runs.push(run);
      else walk(child);
    }
  };
  walk(root);
  return runs;
}

/** Whether two run lists read the same and hold the same figures in the same places. */
export function sameRuns(a: ReportRun[], b: ReportRun[]): boolean {
  const key = (runs: ReportRun[]) =>
    JSON.stringify(runs.map((r) => ('text' in r ? r.text : { figure: r.figure.factKey, text: r.figure.text })));
  return key(normalise(a)) === key(normalise(b));
}

/** Adjacent text runs joined and empty ones dropped, so that a split text node does not count as an edit. */
function normalise(runs: ReportRun[]): ReportRun[] {
  const out: ReportRun[] = [];
  for (const run of runs) {
    const last = out[out.length - 1];
    if ('text' in run && !run.text) continue;
    if ('text' in run && last && 'text' in last) out[out.length - 1] = { text: last.text + run.text };
    else out.push(run);
  }
  return out;
}

/**
 * Where a rule row comes from: a source tag (S1…S88, listed with its address in docs/rules.md §8.2) or, where no tag
 * covers the row, a section of docs/rules.md ('rules.md §3.1'); the official document; and the confidence mark
 * (✔ seen in a retrieved excerpt, ◐ secondary/partial, ✖ domain knowledge — verify).
 */
export interface SourceRef {
  readonly source: string;
  readonly doc: string;
  readonly confidence: '✔' | '◐' | '✖';
}

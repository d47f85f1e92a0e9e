/**
 * Where a rule row comes from: the source tag of /work/shared/domain/rules.md (S1…S88), the official document,
 * and the brief's confidence mark (✔ seen in a retrieved excerpt, ◐ secondary/partial, ✖ domain knowledge — verify).
 */
export interface SourceRef {
  readonly source: string;
  readonly doc: string;
  readonly confidence: '✔' | '◐' | '✖';
}

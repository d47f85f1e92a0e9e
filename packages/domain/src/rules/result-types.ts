/** One checked condition with the values used and a sentence an officer can read to the enterprise. */
export interface RuleCondition {
  readonly id: string;
  readonly label: string;
  readonly passed: boolean;
  readonly message: string;
  readonly values: Readonly<Record<string, string | number | boolean | null>>;
  readonly source: string;
  readonly doc: string;
}

/** A banded indicator's score: the value computed (null when it cannot be), the band hit and the points. */
export interface BandScore {
  readonly indicator: string;
  /** Formatted value, e.g. '4.20%'; null when the denominator is 0. */
  readonly value: string | null;
  readonly bandId: string;
  readonly bandLabel: string;
  readonly points: number;
  readonly maxPoints: number;
  readonly message: string;
}

import type { Rng } from '../prng';
import type { Scale, Target } from '../scales';
import type { AuditAppender, Actor } from './audit-appender';
import type { Exec } from './sql';

export interface County {
  code: string;
  name: string;
  cityCode: string;
  cityName: string;
  townships: { code: string; name: string }[];
}

/** One enterprise as later parts need it. */
export interface EnterpriseRef {
  id: number;
  regionCode: string;
  townshipCode: string | null;
  industryCode: string | null;
  unitKind: string;
  createdAt: Date;
  /** Tiers certified at some point (certified or since expired), filled by the qualifications part. */
  tiers?: Set<string>;
}

/** A bench account: the runner signs in with it. */
export interface BenchUser {
  id: number;
  username: string;
  role: string;
  regionCode: string;
  purpose: string;
  /** For enterprise accounts: the enterprise they act for. */
  enterpriseId?: number;
}

/** What every part of the generator gets; parts run in order, so later parts see what earlier ones made. */
export interface GenContext {
  scale: Scale;
  target: Target;
  exec: Exec;
  rng: Rng;
  audit: AuditAppender;
  /** The actor recorded on generated rows and audit entries (the bulk loader). */
  actor: Actor;
  counties: County[];
  /** 4-digit GB/T 4754 classes with a weight each (manufacturing and research weigh more). */
  industries: { codes: string[]; cumulative: number[] };
  password: string;
  passwordHash: string;
  users: BenchUser[];
  enterprises: EnterpriseRef[];
  /** Tables present after the migrations (parts for modules still being built check for theirs). */
  tables: Set<string>;
  /** Free-form facts a part records for the runner (written to the manifest). */
  facts: Record<string, unknown>;
  log(message: string): void;
}

export interface PartResult {
  /** Rows written per table. */
  rows: Record<string, number>;
}

/**
 * One pluggable part of the dataset. `pendingReason` returns why the part cannot run yet (its module or
 * tables do not exist), or null; pending parts are skipped and listed as pending in the manifest.
 */
export interface DataPart {
  name: string;
  description: string;
  pendingReason(ctx: GenContext): Promise<string | null>;
  run(ctx: GenContext): Promise<PartResult>;
}

/** A deterministic timestamp: `day` days after `from` plus `seconds`. */
export function at(from: string, day: number, seconds = 0): Date {
  return new Date(Date.parse(`${from}T09:00:00+08:00`) + day * 86_400_000 + seconds * 1000);
}

export const isoDate = (d: Date) => new Date(d.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);

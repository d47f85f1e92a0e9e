import { createHash } from 'node:crypto';
import { canonicalJson } from './canonical-json';

export const GENESIS_HASH = '0'.repeat(64);

/** The fields of an audit row that its hash covers. */
export interface HashedAuditFields {
  id: number;
  at: Date;
  actor_id: number | null;
  actor_name: string | null;
  ip: string | null;
  action: string;
  object_type: string | null;
  object_id: string | null;
  result: string;
  region_code: string | null;
  before: unknown;
  after: unknown;
  details: unknown;
}

/** hash = SM3(prev_hash || canonical JSON of the row): editing any field or removing a row breaks the chain. */
export function auditHash(prevHash: string, row: HashedAuditFields): string {
  const body = canonicalJson({ ...row, at: row.at.toISOString() });
  return createHash('sm3').update(prevHash).update(body).digest('hex');
}

import type { Transaction } from 'kysely';
import type { Actor } from '../../../platform/audit/audit.writer';
import type { DB } from '../../../platform/db/schema';
import { enterpriseEventInsert } from '../../enterprise/timeline';

/** The served enterprise's timeline entry for a log, unsent (none when the object is not a register enterprise). */
export function serviceLogEventInserts(
  trx: Transaction<DB>,
  actor: Actor,
  log: { id: number; region_code: string; enterprise_id: number | null },
  e: { kind: string; title: string; detail?: string | null },
) {
  if (!log.enterprise_id) return [];
  return [
    enterpriseEventInsert(trx, actor, {
      enterpriseId: log.enterprise_id,
      regionCode: log.region_code,
      module: 'commissioner',
      kind: e.kind,
      title: e.title,
      detail: e.detail ?? null,
      ref: { type: 'commissioner_service_log', id: log.id },
    }),
  ];
}

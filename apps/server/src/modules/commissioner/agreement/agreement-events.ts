import type { Transaction } from 'kysely';
import type { Actor } from '../../../platform/audit/audit.writer';
import type { DB } from '../../../platform/db/schema';
import { enterpriseEventInsert } from '../../enterprise/timeline';

/** The enterprise timeline event of a 三方协议 whose service object is an enterprise (none otherwise). */
export function agreementEvent(
  trx: Transaction<DB>,
  actor: Actor,
  a: { id: number; enterprise_id: number | null; region_code: string; start_on: string; end_on: string },
  kind: 'agreement-signed' | 'agreement-changed' | 'agreement-terminated',
  title: string,
  detail?: string | null,
) {
  if (!a.enterprise_id) return [];
  return [
    enterpriseEventInsert(trx, actor, {
      enterpriseId: a.enterprise_id,
      regionCode: a.region_code,
      module: 'commissioner',
      kind,
      title,
      detail: detail ?? `${a.start_on} 至 ${a.end_on}`,
      ref: { type: 'commissioner_agreement', id: a.id },
    }),
  ];
}

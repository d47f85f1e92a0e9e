import type { Transaction } from 'kysely';
import type { Actor } from '../../platform/audit/audit.writer';
import type { DB } from '../../platform/db/schema';
import { enterpriseEventInsert } from '../enterprise/timeline';
import type { AwardHistoryTable } from './award.tables';
import type { NomineeColumns } from './nominee-input';

/** A nominee as a sentence names it: 甘肃青龙管业有限责任公司, or 李*明（甘肃青龙管业有限责任公司）. */
export function nomineeLabel(n: Pick<NomineeColumns, 'unit_name' | 'person_name'>): string {
  if (!n.person_name) return n.unit_name ?? '';
  return n.unit_name ? `${n.person_name}（${n.unit_name}）` : n.person_name;
}

/** The history row of a move, unsent (it goes with the audit append). */
export function historyInsert(
  trx: Transaction<DB>,
  actor: Actor,
  h: Omit<AwardHistoryTable, 'id' | 'at' | 'actor_id' | 'actor_name'> & { at?: Date },
) {
  return trx.insertInto('award_history').values({ ...h, actor_id: actor.id, actor_name: actor.name });
}

/**
 * The timeline event of a change that concerns an enterprise (the unit, or a person's unit), unsent; none when
 * no enterprise of the register is named.
 */
export function awardTimelineEvent(
  trx: Transaction<DB>,
  actor: Actor,
  row: { enterprise_id: number | null; region_code: string },
  e: { kind: string; title: string; detail?: string | null; ref: { type: string; id: number } },
) {
  if (row.enterprise_id === null) return [];
  return [
    enterpriseEventInsert(trx, actor, {
      enterpriseId: row.enterprise_id,
      regionCode: row.region_code,
      module: 'award',
      ...e,
    }),
  ];
}

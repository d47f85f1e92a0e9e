import type { Kysely } from 'kysely';
import {
  END_BEFORE_START,
  POPSCI_BASE_PLATFORM_KIND,
  POPSCI_OPEN_DAY_KIND,
  type TServiceEventInput,
} from '@kechuang/domain';
import { inScope, regionScopePrefix } from '../../platform/auth/region-scope';
import type { DB } from '../../platform/db/schema';
import { AppError } from '../../platform/errors';
import { findPlatformKind, isCounty, isEventKind } from './service-event.repository';

const invalid = (field: string, message: string) => new AppError('VALIDATION_FAILED', message, [{ field, message }]);

/** The columns of the fields given (a field left out stays as it is; null clears it). */
export function serviceEventColumns(input: Partial<TServiceEventInput>) {
  return {
    title: input.title,
    kind: input.kind,
    organiser: input.organiser,
    co_organisers: input.coOrganisers,
    start_on: input.startOn,
    end_on: input.endOn,
    place: input.place,
    region_code: input.regionCode,
    platform_id: input.platformId,
    outcome: input.outcome,
  };
}

/** The fields an event has after a change, for the checks that span fields. */
export interface EventShape {
  kind: string;
  regionCode: string;
  startOn: string;
  endOn: string;
  platformId: number | null;
}

/**
 * The checks of an event as it will be stored, each a 400 naming its field: a current county, a kind of the
 * `service_event_kind` dictionary, 结束日期 not before 开始日期, and a 科普基地 only on a 科普开放日 and only a
 * tech-platform of kind 科普基地 in the event's county (docs/rules.md §5.7).
 */
export async function assertEventShape(db: Kysely<DB>, e: EventShape): Promise<void> {
  if (!(await isCounty(db, e.regionCode))) {
    throw invalid('regionCode', `所属县区：${e.regionCode} 不是现行的县级区划代码`);
  }
  if (!(await isEventKind(db, e.kind))) throw invalid('kind', `活动类别：${e.kind} 不是字典中的类别`);
  if (e.endOn < e.startOn) throw invalid('endOn', END_BEFORE_START);
  if (e.platformId === null) return;
  if (e.kind !== POPSCI_OPEN_DAY_KIND) throw invalid('platformId', '科普基地：只有科普开放日可以填写科普基地');
  const p = await findPlatformKind(db, e.platformId);
  // A base of another county is refused as if absent: its name is not the user's to read.
  if (!p || !inScope(regionScopePrefix(e.regionCode), p.region_code)) {
    throw invalid('platformId', '科普基地：活动所属县区内没有所选平台');
  }
  if (p.kind !== POPSCI_BASE_PLATFORM_KIND) throw invalid('platformId', `科普基地：“${p.name}”不是科普基地类平台`);
}

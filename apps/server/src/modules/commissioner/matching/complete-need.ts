import type { Kysely } from 'kysely';
import { chinaToday, type TCompleteNeed } from '@kechuang/domain';
import type { DB } from '../../../platform/db/schema';
import type { UseCaseContext } from '../../../platform/http/types';
import { moveNeed } from './move-need';

/** The assigned commissioner (or staff) marks a need done with a note (已指派 → 已办结, docs/rules.md §5.1.2). */
export async function completeNeed(db: Kysely<DB>, ctx: UseCaseContext, id: number, input: TCompleteNeed) {
  return moveNeed(db, ctx, {
    id,
    version: input.version,
    to: 'done',
    set: { done_note: input.note, done_on: chinaToday() },
    note: input.note,
    action: 'commissioner.need.complete',
    title: (need) => `技术需求已办结（科技特派员：${need.commissioner_name ?? '-'}）`,
  });
}

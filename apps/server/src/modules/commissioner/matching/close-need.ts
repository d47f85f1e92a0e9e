import type { Kysely } from 'kysely';
import { chinaToday, type TCloseNeed } from '@kechuang/domain';
import type { DB } from '../../../platform/db/schema';
import type { UseCaseContext } from '../../../platform/http/types';
import { moveNeed } from './move-need';

/**
 * The enterprise (or staff) closes a need: a done one (已办结 → 已关闭), or an open one withdrawn (待对接 → 已关闭),
 * docs/rules.md §5.1.2.
 */
export async function closeNeed(db: Kysely<DB>, ctx: UseCaseContext, id: number, input: TCloseNeed) {
  return moveNeed(db, ctx, {
    id,
    version: input.version,
    to: 'closed',
    set: { close_note: input.note ?? null, closed_on: chinaToday() },
    note: input.note ?? null,
    action: 'commissioner.need.close',
    title: (need) => (need.status === 'open' ? '撤回技术需求' : '技术需求已关闭'),
  });
}

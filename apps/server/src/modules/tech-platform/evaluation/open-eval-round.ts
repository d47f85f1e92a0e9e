import type { Kysely } from 'kysely';
import { chinaToday, TECH_PLATFORM_KINDS, TECH_PLATFORM_LEVELS, type TOpenEvalRoundRequest } from '@kechuang/domain';
import { writeAudit } from '../../../platform/audit/audit.writer';
import type { DB } from '../../../platform/db/schema';
import { AppError } from '../../../platform/errors';
import type { UseCaseContext } from '../../../platform/http/types';
import { assertEvalStaff } from './evaluation.policy';
import {
  findRegionSetting,
  findSchemeInEffect,
  platformsEnteredInYear,
  recognisedPlatforms,
} from './evaluation.repository';

const label = (map: Record<string, string>, code: string) => map[code] ?? code;

/**
 * Staff open a round (docs/rules.md §5.4) for a county, a level, the kinds it covers and a year: every recognised
 * (已认定) platform of those kinds and level gets an entry on the scheme version in effect for the year, with its
 * operating enterprise as the one who fills it. Refused (400) for a kind without a scheme or a county without such
 * platforms, (409) when a platform is already in a round of that year. The region's 艰苦边远地区 switch is
 * recorded on the round as it is now.
 */
export async function openEvalRound(
  db: Kysely<DB>,
  { auth, actor }: UseCaseContext,
  input: TOpenEvalRoundRequest,
): Promise<number> {
  assertEvalStaff(auth, input.regionCode);
  const kinds = [...new Set(input.kinds)];
  const schemes = new Map<string, number>();
  for (const kind of kinds) {
    const s = await findSchemeInEffect(db, kind, input.level, input.year);
    if (!s) {
      const what = `${label(TECH_PLATFORM_LEVELS, input.level)}级${label(TECH_PLATFORM_KINDS, kind)}`;
      throw new AppError('VALIDATION_FAILED', `${what}尚无 ${input.year} 年适用的评价指标体系`, [
        { field: 'kinds', message: `${what}尚无评价指标体系` },
      ]);
    }
    schemes.set(kind, s.id);
  }
  const platforms = await recognisedPlatforms(db, input.regionCode, kinds, input.level);
  if (platforms.length === 0) {
    throw new AppError('VALIDATION_FAILED', '该县区没有符合条件的已认定平台，不能开启评价', [
      { field: 'kinds', message: '没有已认定的平台' },
    ]);
  }
  const taken = await platformsEnteredInYear(
    db,
    platforms.map((p) => p.id),
    input.year,
  );
  if (taken.length) {
    throw new AppError(
      'CONFLICT',
      `${taken.map((t) => `“${t.name}”`).join('、')}已在 ${input.year} 年度的评价批次中（批次 ${taken[0].round_id}）`,
    );
  }
  const hardship = (await findRegionSetting(db, input.regionCode))?.hardship_area ?? false;
  const title =
    input.title ??
    `${input.year}年度${label(TECH_PLATFORM_LEVELS, input.level)}级${kinds.map((k) => label(TECH_PLATFORM_KINDS, k)).join('、')}综合评价`;
  return db.transaction().execute(async (trx) => {
    const round = await trx
      .insertInto('tech_platform_eval_round')
      .values({
        region_code: input.regionCode,
        title,
        kinds: JSON.stringify(kinds),
        level: input.level,
        year: input.year,
        state: 'open',
        hardship_area: hardship,
        opened_on: input.openedOn ?? chinaToday(),
        created_by: actor.id,
        updated_by: actor.id,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await trx
      .insertInto('tech_platform_eval_entry')
      .values(
        platforms.map((p) => ({
          region_code: p.region_code,
          round_id: round.id,
          platform_id: p.id,
          scheme_id: schemes.get(p.kind)!,
          year: input.year,
          enterprise_id: p.enterprise_id,
          data: '{}',
          quantitative_items: null,
          created_by: actor.id,
          updated_by: actor.id,
        })),
      )
      .execute();
    await trx
      .insertInto('tech_platform_eval_round_history')
      .values({
        round_id: round.id,
        region_code: round.region_code,
        from_state: null,
        to_state: 'open',
        actor_id: actor.id,
        actor_name: auth.displayName,
      })
      .execute();
    await writeAudit(trx, actor, {
      action: 'tech-platform.evaluation.open',
      objectType: 'tech_platform_eval_round',
      objectId: round.id,
      regionCode: round.region_code,
      after: round,
      details: { platformIds: platforms.map((p) => p.id) },
    });
    return round.id;
  });
}

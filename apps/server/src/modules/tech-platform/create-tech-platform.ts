import type { Kysely } from 'kysely';
import { TECH_PLATFORM_STATE_LABELS, initialHistory, type TTechPlatformInputParsed } from '@kechuang/domain';
import { writeAudit } from '../../platform/audit/audit.writer';
import type { DB } from '../../platform/db/schema';
import type { UseCaseContext } from '../../platform/http/types';
import { enterprisesInvolved, platformEventInserts } from './platform-events';
import {
  assertCounty,
  assertDates,
  assertKindAndLevel,
  assertOperator,
  resolveMembers,
  techPlatformColumns,
} from './tech-platform-input';
import { assertCanWrite } from './tech-platform.policy';

/**
 * Registers a platform in a county of the user's region: kind and level from their dictionaries, the operating
 * unit (a register enterprise of the region, or a name), members for an alliance, dates fitting the status. In
 * one transaction: the row, its members, its first history row, the timeline of every enterprise involved and the
 * audit row last. Answers the new id.
 */
export async function createTechPlatform(
  db: Kysely<DB>,
  { auth, actor }: UseCaseContext,
  input: TTechPlatformInputParsed,
): Promise<number> {
  assertCanWrite(auth, input.regionCode);
  await assertCounty(db, input.regionCode);
  await assertKindAndLevel(db, input.kind, input.level);
  const operator = { enterpriseId: input.enterpriseId ?? null, operatorName: input.operatorName ?? null };
  await assertOperator(db, auth, operator);
  const members = await resolveMembers(db, auth, input.kind, input.members ?? []);
  assertDates(input);
  return db.transaction().execute(async (trx) => {
    const row = await trx
      .insertInto('tech_platform')
      .values({
        ...techPlatformColumns(input),
        enterprise_id: operator.enterpriseId,
        operator_name: operator.enterpriseId ? null : operator.operatorName,
        status: input.status,
        created_by: actor.id,
        updated_by: actor.id,
      } as never)
      .returningAll()
      .executeTakeFirstOrThrow();
    if (members.length) {
      await trx
        .insertInto('tech_platform_member')
        .values(members.map((m) => ({ ...m, platform_id: row.id, region_code: row.region_code })))
        .execute();
    }
    await trx
      .insertInto('tech_platform_history')
      .values(
        initialHistory(input).map((h) => ({
          platform_id: row.id,
          region_code: row.region_code,
          from_state: h.from,
          to_state: h.to,
          on_date: h.on,
          actor_id: actor.id,
          actor_name: auth.displayName,
        })),
      )
      .execute();
    const events = platformEventInserts(trx, actor, enterprisesInvolved(row, members), {
      platformId: row.id,
      regionCode: row.region_code,
      kind: 'platform-created',
      title: `登记创新平台：${row.name}（${TECH_PLATFORM_STATE_LABELS[input.status]}）`,
      detail: operator.enterpriseId ? null : `运营单位：${operator.operatorName}`,
    });
    await writeAudit(
      trx,
      actor,
      {
        action: 'tech-platform.create',
        objectType: 'tech_platform',
        objectId: row.id,
        regionCode: row.region_code,
        after: { ...row, members },
      },
      { alongside: events },
    );
    return row.id;
  });
}

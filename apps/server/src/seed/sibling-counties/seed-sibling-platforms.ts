import type { Transaction } from 'kysely';
import { initialHistory, platformDateProblems, type PlatformDates } from '@kechuang/domain';
import type { Actor } from '../../platform/audit/audit.writer';
import type { DB } from '../../platform/db/schema';
import { recordEnterpriseEvent } from '../../modules/enterprise/timeline';
import { BUSINESSES, type SiblingCounty, type SiblingPlatform } from './sibling-counties';

// Who recognises a platform of each level, for its 认定文号.
const ISSUER: Record<SiblingPlatform[2], string> = {
  national: '国科发',
  provincial: '甘科基',
  city: '定科发',
  county: '',
};

const yearBefore = (day: string) => `${Number(day.slice(0, 4)) - 1}${day.slice(4)}`;

/** A platform's dates from its table row: recognised ones were formed a year before; the others date from `on`. */
function datesOf(c: SiblingCounty, [, , level, status, , on]: SiblingPlatform, n: number): PlatformDates {
  if (status === 'preparing') return { status, preparingFrom: on };
  if (status === 'building') return { status, establishedOn: on };
  const issuer = ISSUER[level] || `${c.short}科发`;
  return {
    status,
    establishedOn: yearBefore(on),
    recognizedOn: on,
    documentNo: `${issuer}〔${on.slice(0, 4)}〕${20 + n}号`,
  };
}

/** The county's innovation platforms, each run by one of its firms, with the history its dates imply. */
export async function seedSiblingPlatforms(
  trx: Transaction<DB>,
  actor: Actor,
  c: SiblingCounty,
  firms: number[],
): Promise<void> {
  for (const [n, row] of c.platforms.entries()) {
    const [name, kind, level, , firm] = row;
    const dates = datesOf(c, row, n);
    if (platformDateProblems(dates).length) throw new Error(`demo platform ${name} has incomplete dates`);
    const p = await trx
      .insertInto('tech_platform')
      .values({
        region_code: c.code,
        name,
        kind,
        level,
        status: dates.status,
        enterprise_id: firms[firm],
        operator_name: null,
        field: BUSINESSES[c.firms[firm][1]].topic.replace(/技术$|工艺$|研究$|开发$/, ''),
        industry: null,
        address: `甘肃省定西市${c.name}`,
        site_area: null,
        staff_count: null,
        preparing_from: dates.preparingFrom ?? null,
        established_on: dates.establishedOn ?? null,
        recognized_on: dates.recognizedOn ?? null,
        document_no: dates.documentNo ?? null,
        created_by: null,
        updated_by: null,
      })
      .returning(['id'])
      .executeTakeFirstOrThrow();
    await trx
      .insertInto('tech_platform_history')
      .values(
        initialHistory(dates).map(({ from, to, on }) => ({
          platform_id: p.id,
          region_code: c.code,
          from_state: from,
          to_state: to,
          on_date: on,
          actor_id: actor.id,
          actor_name: actor.name,
        })),
      )
      .execute();
    await recordEnterpriseEvent(trx, actor, {
      enterpriseId: firms[firm],
      regionCode: c.code,
      module: 'tech-platform',
      kind: 'platform-created',
      title: `登记创新平台：${name}`,
      ref: { type: 'tech_platform', id: p.id },
      at: new Date(`${dates.preparingFrom ?? dates.establishedOn}T10:00:00+08:00`),
    });
  }
}

import type { Kysely, Transaction } from 'kysely';
import { competitionDisplayName } from '@kechuang/domain';
import type { Actor } from '../../platform/audit/audit.writer';
import type { DB } from '../../platform/db/schema';
import { nomineeLabel } from './award-events';
import { DEMO_COMPETITIONS, DEMO_NOMINATIONS, DEMO_PROGRAMME, type DemoNominee } from './demo-awards';
import { enterpriseEventInsert } from '../enterprise/timeline';

/** A demo date at 10:00 Beijing time. */
const at = (day: string) => new Date(`${day}T10:00:00+08:00`);

/**
 * The module's demo data (`seedDemo` hook, inside the demo transaction): the records of `demo-awards.ts`, in the
 * states the module's own rules reach (推荐 then the result; 报名 then 初赛 then the award), with their history
 * rows and the enterprises' timeline events, all dated in 2022 H1. Enterprises are looked up by their register
 * name; a missing one stops the seed with its name.
 */
export async function seedDemoAwards(db: Kysely<DB>, actor: Actor): Promise<void> {
  const trx = db as Transaction<DB>;
  const names = [...DEMO_NOMINATIONS, ...DEMO_COMPETITIONS.flatMap((c) => c.entries)]
    .map((n) => n.enterprise)
    .filter((n): n is string => !!n);
  const found = await trx
    .selectFrom('enterprise')
    .select(['id', 'name', 'region_code'])
    .where('name', 'in', names)
    .execute();
  const byName = new Map(found.map((e) => [e.name, e]));
  const missing = names.filter((n) => !byName.has(n));
  if (missing.length) throw new Error(`奖励与赛事演示数据：企业库中没有 ${[...new Set(missing)].join('、')}`);
  const county = byName.get(DEMO_NOMINATIONS[0].enterprise!)!.region_code;
  const stamp = { region_code: county, created_by: actor.id, updated_by: actor.id };
  const nominee = (n: DemoNominee) => ({
    nominee_kind: n.kind,
    enterprise_id: n.enterprise ? byName.get(n.enterprise)!.id : null,
    unit_name: n.enterprise ?? n.unit ?? null,
    person_name: n.person ?? null,
    contact_phone: null,
  });
  const history = (
    subject: 'nomination' | 'entry',
    id: number,
    from: string | null,
    to: string,
    detail: string,
    day: string,
  ) =>
    trx
      .insertInto('award_history')
      .values({
        region_code: county,
        subject,
        subject_id: id,
        from_state: from,
        to_state: to,
        detail,
        at: at(day),
        actor_id: actor.id,
        actor_name: actor.name,
      })
      .execute();
  const event = (
    enterpriseId: number | null,
    kind: string,
    title: string,
    ref: { type: string; id: number },
    day: string,
  ) =>
    enterpriseId === null
      ? undefined
      : enterpriseEventInsert(trx, actor, {
          enterpriseId,
          regionCode: county,
          module: 'award',
          kind,
          title,
          ref,
          at: at(day),
        }).execute();

  const p = DEMO_PROGRAMME;
  const programme = await trx
    .insertInto('award_programme')
    .values({
      ...stamp,
      name: p.name,
      organiser: p.organiser,
      level: p.level,
      year: p.year,
      categories: p.categories,
      remark: null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  for (const n of DEMO_NOMINATIONS) {
    const won = n.result !== 'not_awarded';
    const row = await trx
      .insertInto('award_nomination')
      .values({
        ...stamp,
        ...nominee(n),
        programme_id: programme.id,
        category: n.category,
        title: n.title,
        nominated_on: p.nominatedOn,
        state: won ? 'awarded' : 'not_awarded',
        grade: n.result === 'not_awarded' ? null : n.result.grade,
        rank: null,
        announced_on: p.announcedOn,
        remark: null,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    const ref = { type: 'award_nomination', id: row.id };
    await history('nomination', row.id, null, 'nominated', `推荐参加${p.name}`, p.nominatedOn);
    await history('nomination', row.id, 'nominated', row.state, won ? '获奖' : '未获奖', p.announcedOn);
    await event(row.enterprise_id, 'award-nominated', `推荐参加${p.name}：${nomineeLabel(row)}`, ref, p.nominatedOn);
    await event(
      row.enterprise_id,
      won ? 'award-won' : 'award-not-won',
      `${p.name}：${nomineeLabel(row)}${won ? '获奖' : '未获奖'}`,
      ref,
      p.announcedOn,
    );
  }

  for (const c of DEMO_COMPETITIONS) {
    const competition = await trx
      .insertInto('award_competition')
      .values({
        ...stamp,
        name: c.name,
        edition: c.edition,
        division: c.division,
        organiser: c.organiser,
        level: c.level,
        year: c.year,
        remark: null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const name = competitionDisplayName(c);
    for (const e of c.entries) {
      const row = await trx
        .insertInto('award_entry')
        .values({
          ...stamp,
          ...nominee(e),
          competition_id: competition.id,
          project_title: e.title ?? null,
          entered_on: e.enteredOn,
          stage: e.reached?.stage ?? 'registered',
          award: e.award?.award ?? null,
          awarded_on: e.award?.on ?? null,
          remark: null,
        })
        .returningAll()
        .executeTakeFirstOrThrow();
      const ref = { type: 'award_entry', id: row.id };
      await history('entry', row.id, null, 'registered', `报名参加${name}`, e.enteredOn);
      await event(row.enterprise_id, 'competition-entered', `报名参加${name}：${nomineeLabel(row)}`, ref, e.enteredOn);
      if (e.reached) {
        await history('entry', row.id, 'registered', e.reached.stage, `${e.reached.on} 进入初赛`, e.reached.on);
      }
      if (e.award) {
        await history('entry', row.id, row.stage, e.award.award, '初赛获得优秀奖', e.award.on);
        await event(row.enterprise_id, 'competition-award', `${name}：${nomineeLabel(row)}获奖`, ref, e.award.on);
      }
    }
  }
}

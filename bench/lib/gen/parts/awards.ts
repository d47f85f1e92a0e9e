import { competitionDisplayName, COMPETITION_STAGE_CODES, type CompetitionStage } from '@kechuang/domain';
import { cumulativeWeights } from '../../prng';
import { bulkInsert, syncSequence, type Column } from '../sql';
import { at, isoDate, type DataPart, type EnterpriseRef } from '../context';
import { EVENT_COLUMNS } from './enterprises';

const TRACKED: Column[] = [
  ['created_at', 'timestamptz'],
  ['created_by', 'int4'],
  ['updated_at', 'timestamptz'],
  ['updated_by', 'int4'],
  ['version', 'int4'],
];
const PROGRAMME_COLUMNS: Column[] = [
  ['id', 'int4'],
  ['region_code', 'text'],
  ['name', 'text'],
  ['organiser', 'text'],
  ['level', 'text'],
  ['year', 'int4'],
  ['categories', 'text[]'],
  ['remark', 'text'],
  ...TRACKED,
];
const COMPETITION_COLUMNS: Column[] = [
  ['id', 'int4'],
  ['region_code', 'text'],
  ['name', 'text'],
  ['edition', 'int4'],
  ['division', 'text'],
  ['organiser', 'text'],
  ['level', 'text'],
  ['year', 'int4'],
  ['remark', 'text'],
  ...TRACKED,
];
const NOMINEE: Column[] = [
  ['nominee_kind', 'text'],
  ['enterprise_id', 'int4'],
  ['unit_name', 'text'],
  ['person_name', 'text'],
  ['contact_phone', 'text'],
];
const NOMINATION_COLUMNS: Column[] = [
  ['id', 'int4'],
  ['region_code', 'text'],
  ['programme_id', 'int4'],
  ['category', 'text'],
  ...NOMINEE,
  ['title', 'text'],
  ['nominated_on', 'date'],
  ['state', 'text'],
  ['grade', 'text'],
  ['rank', 'int4'],
  ['announced_on', 'date'],
  ['remark', 'text'],
  ...TRACKED,
];
const ENTRY_COLUMNS: Column[] = [
  ['id', 'int4'],
  ['region_code', 'text'],
  ['competition_id', 'int4'],
  ...NOMINEE,
  ['project_title', 'text'],
  ['entered_on', 'date'],
  ['stage', 'text'],
  ['award', 'text'],
  ['awarded_on', 'date'],
  ['remark', 'text'],
  ...TRACKED,
];
const HISTORY_COLUMNS: Column[] = [
  ['id', 'int4'],
  ['region_code', 'text'],
  ['subject', 'text'],
  ['subject_id', 'int4'],
  ['from_state', 'text'],
  ['to_state', 'text'],
  ['detail', 'text'],
  ['at', 'timestamptz'],
  ['actor_id', 'int4'],
  ['actor_name', 'text'],
];

const YEARS = [2021, 2022, 2023, 2024];
const PROGRAMMES = [
  {
    name: '职工技术成果奖和“五小”创新成果奖评选',
    organiser: '市总工会',
    level: 'city',
    categories: ['worker_tech', 'five_small'],
  },
  {
    name: '科学技术奖评选',
    organiser: '省科学技术厅',
    level: 'provincial',
    categories: ['sci_tech_progress', 'tech_invention'],
  },
];
const COMPETITIONS = [
  { name: '中国创新创业大赛', first: 2012, division: '甘肃赛区', organiser: '甘肃省科学技术厅', level: 'national' },
  {
    name: '“中国创翼”创业创新大赛',
    first: 2018,
    division: '省选拔赛',
    organiser: '甘肃省人力资源和社会保障厅',
    level: 'provincial',
  },
  { name: '甘肃省科普讲解大赛', first: 2016, division: '预赛', organiser: '甘肃省科学技术厅', level: 'provincial' },
];
const GRADES = ['first', 'second', 'third', 'excellence'];
const GRADE_CUM = cumulativeWeights([10, 20, 35, 35]);
const KIND_CUM = cumulativeWeights([70, 10, 20]);
const SURNAMES = ['王', '李', '张', '刘', '陈', '杨', '赵', '马', '孙', '周'];
const GIVEN = ['明', '霞', '军', '娟', '强', '婷', '东', '帆', '磊', '芳'];

/**
 * Awards and competitions at scale (one record for every 5 enterprises: 20,000 at province scale, 60 % nominations,
 * 40 % competition entries): per county and year 2021–2024 the two kinds of programme and the three competitions;
 * nominations of enterprises, institutions and persons (masked names) moved 推荐 → 获奖 / 未获奖 and entries moved
 * stage by stage with some awards, each move with its history row, audit row and (where an enterprise is named)
 * timeline event, as the product's use cases write them.
 */
export const awardsPart: DataPart = {
  name: 'awards',
  description: 'award programmes, nominations with results, competitions and entries with stages and awards',
  pendingReason: async (ctx) => (ctx.tables.has('award_nomination') ? null : 'the award module’s tables are missing'),
  async run(ctx) {
    const rng = ctx.rng.fork('awards');
    const total = Math.round(ctx.enterprises.length / 5);
    const byCounty = new Map<string, EnterpriseRef[]>();
    for (const e of ctx.enterprises) byCounty.set(e.regionCode, [...(byCounty.get(e.regionCode) ?? []), e]);
    const counties = [...byCounty.keys()].sort();
    const names = new Map(
      (await ctx.exec<{ id: number; name: string }>('select id, name from enterprise')).map((r) => [r.id, r.name]),
    );
    let nominationCount = 0;
    let entryCount = 0;
    let historyCount = 0;
    let eventCount = 0;
    const max = async (table: string) =>
      (await ctx.exec<{ max: number | null }>(`select max(id) as max from ${table}`))[0].max ?? 0;
    let programmeId = await max('award_programme');
    let competitionId = await max('award_competition');
    let nominationId = await max('award_nomination');
    let entryId = await max('award_entry');
    let historyId = await max('award_history');
    let eventId = await max('enterprise_event');
    const tracked = (when: Date, version = 1) => ({
      created_at: when,
      created_by: ctx.actor.id,
      updated_at: when,
      updated_by: ctx.actor.id,
      version,
    });

    // The bureau's programmes and competitions, per county and year.
    const programmes = new Map<string, { id: number; name: string; categories: string[] }[]>();
    const competitions = new Map<string, { id: number; name: string }[]>();
    const add = <T>(m: Map<string, T[]>, key: string, v: T) => m.set(key, [...(m.get(key) ?? []), v]);
    const programmeRows: Record<string, unknown>[] = [];
    const competitionRows: Record<string, unknown>[] = [];
    for (const region of counties) {
      for (const year of YEARS) {
        const when = at(`${year}-02-20`, rng.int(0, 20));
        for (const p of PROGRAMMES) {
          const row = {
            id: ++programmeId,
            region_code: region,
            name: `${year}年${p.name}`,
            organiser: p.organiser,
            level: p.level,
            year,
            categories: p.categories,
            remark: null,
            ...tracked(when),
          };
          programmeRows.push(row);
          add(programmes, `${region}/${year}`, { id: row.id, name: row.name, categories: p.categories });
          ctx.audit.add(ctx.actor, {
            at: when,
            action: 'award.programme.create',
            objectType: 'award_programme',
            objectId: row.id,
            regionCode: region,
            after: row,
          });
        }
        for (const c of COMPETITIONS) {
          const row = {
            id: ++competitionId,
            region_code: region,
            name: c.name,
            edition: year - c.first + 1,
            division: c.division,
            organiser: c.organiser,
            level: c.level,
            year,
            remark: null,
            ...tracked(when),
          };
          competitionRows.push(row);
          add(competitions, `${region}/${year}`, { id: row.id, name: competitionDisplayName(row) });
          ctx.audit.add(ctx.actor, {
            at: when,
            action: 'award.competition.create',
            objectType: 'award_competition',
            objectId: row.id,
            regionCode: region,
            after: row,
          });
        }
      }
    }
    await bulkInsert(ctx.exec, 'award_programme', PROGRAMME_COLUMNS, programmeRows);
    await bulkInsert(ctx.exec, 'award_competition', COMPETITION_COLUMNS, competitionRows);
    await ctx.audit.flush();

    const nominations: Record<string, unknown>[] = [];
    const entries: Record<string, unknown>[] = [];
    const history: Record<string, unknown>[] = [];
    const events: Record<string, unknown>[] = [];
    const flush = async () => {
      await bulkInsert(ctx.exec, 'award_nomination', NOMINATION_COLUMNS, nominations.splice(0));
      await bulkInsert(ctx.exec, 'award_entry', ENTRY_COLUMNS, entries.splice(0));
      await bulkInsert(ctx.exec, 'award_history', HISTORY_COLUMNS, history.splice(0));
      await bulkInsert(ctx.exec, 'enterprise_event', EVENT_COLUMNS, events.splice(0));
      await ctx.audit.flush();
    };
    const move = (region: string, subject: string, id: number, from: string | null, to: string, when: Date) => {
      historyCount++;
      history.push({
        id: ++historyId,
        region_code: region,
        subject,
        subject_id: id,
        from_state: from,
        to_state: to,
        detail: null,
        at: when,
        actor_id: ctx.actor.id,
        actor_name: ctx.actor.name,
      });
    };
    const event = (e: EnterpriseRef | null, kind: string, title: string, ref: [string, number], when: Date) => {
      if (!e) return;
      eventCount++;
      events.push({
        id: ++eventId,
        enterprise_id: e.id,
        region_code: e.regionCode,
        at: when,
        module: 'award',
        kind,
        title,
        detail: null,
        actor_id: ctx.actor.id,
        actor_name: ctx.actor.name,
        ref_type: ref[0],
        ref_id: ref[1],
      });
    };
    /** A nominee in the county: an enterprise, an institution by name, or a person of an enterprise. */
    const nominee = (region: string, i: number) => {
      const kind = rng.weighted(['unit', 'institution', 'person'] as const, KIND_CUM);
      const e = kind === 'institution' ? null : rng.pick(byCounty.get(region)!);
      const person = kind === 'person' ? `${rng.pick(SURNAMES)}*${rng.pick(GIVEN)}` : null;
      return {
        e,
        columns: {
          nominee_kind: kind === 'person' ? 'person' : 'unit',
          enterprise_id: e?.id ?? null,
          unit_name: e ? names.get(e.id)! : `县直事业单位${i % 50}`,
          person_name: person,
          contact_phone: person ? `139${String(10_000_000 + i).slice(-8)}` : null,
        },
      };
    };

    let moves = 0;
    for (let i = 0; i < total; i++) {
      const region = rng.pick(counties);
      const year = rng.pick(YEARS);
      const { e, columns } = nominee(region, i);
      if (i % 5 < 3) {
        const p = rng.pick(programmes.get(`${region}/${year}`)!);
        const when = at(`${year}-03-10`, rng.int(0, 40), i % 3_600);
        const id = ++nominationId;
        const outcome = year === 2024 && rng.chance(0.6) ? 'nominated' : rng.chance(0.5) ? 'awarded' : 'not_awarded';
        const announced = new Date(when.getTime() + rng.int(40, 90) * 86_400_000);
        const created = {
          id,
          region_code: region,
          programme_id: p.id,
          category: rng.pick(p.categories),
          ...columns,
          title: `技术成果${id}`,
          nominated_on: isoDate(when),
          state: 'nominated',
          grade: null,
          rank: null,
          announced_on: null,
          remark: null,
          ...tracked(when),
        };
        ctx.audit.add(ctx.actor, {
          at: when,
          action: 'award.nomination.create',
          objectType: 'award_nomination',
          objectId: id,
          regionCode: region,
          after: created,
        });
        move(region, 'nomination', id, null, 'nominated', when);
        event(e, 'award-nominated', `推荐参加${p.name}`, ['award_nomination', id], when);
        let row: Record<string, unknown> = created;
        if (outcome !== 'nominated') {
          const grade = outcome === 'awarded' ? rng.weighted(GRADES, GRADE_CUM) : null;
          row = {
            ...created,
            state: outcome,
            grade,
            announced_on: isoDate(announced),
            ...tracked(when, 2),
            updated_at: announced,
          };
          ctx.audit.add(ctx.actor, {
            at: announced,
            action: 'award.nomination.result',
            objectType: 'award_nomination',
            objectId: id,
            regionCode: region,
            before: created,
            after: row,
            details: { from: 'nominated', to: outcome },
          });
          move(region, 'nomination', id, 'nominated', outcome, announced);
          event(
            e,
            outcome === 'awarded' ? 'award-won' : 'award-not-won',
            `${p.name}：${outcome === 'awarded' ? '获奖' : '未获奖'}`,
            ['award_nomination', id],
            announced,
          );
          moves++;
        }
        nominations.push(row);
        nominationCount++;
      } else {
        const c = rng.pick(competitions.get(`${region}/${year}`)!);
        let when = at(`${year}-04-01`, rng.int(0, 60), i % 3_600);
        const id = ++entryId;
        let row: Record<string, unknown> = {
          id,
          region_code: region,
          competition_id: c.id,
          ...columns,
          project_title: `参赛项目${id}`,
          entered_on: isoDate(when),
          stage: 'registered',
          award: null,
          awarded_on: null,
          remark: null,
          ...tracked(when),
        };
        ctx.audit.add(ctx.actor, {
          at: when,
          action: 'award.entry.create',
          objectType: 'award_entry',
          objectId: id,
          regionCode: region,
          after: row,
        });
        move(region, 'entry', id, null, 'registered', when);
        event(e, 'competition-entered', `报名参加${c.name}`, ['award_entry', id], when);
        const reached = rng.int(0, COMPETITION_STAGE_CODES.length - 1);
        for (const to of COMPETITION_STAGE_CODES.slice(1, reached + 1) as CompetitionStage[]) {
          when = new Date(when.getTime() + rng.int(20, 45) * 86_400_000);
          const next = { ...row, stage: to, version: Number(row.version) + 1, updated_at: when };
          ctx.audit.add(ctx.actor, {
            at: when,
            action: 'award.entry.advance',
            objectType: 'award_entry',
            objectId: id,
            regionCode: region,
            before: row,
            after: next,
            details: { from: row.stage, to },
          });
          move(region, 'entry', id, String(row.stage), to, when);
          event(e, 'competition-advanced', `${c.name}：进入下一阶段`, ['award_entry', id], when);
          row = next;
          moves++;
        }
        if (rng.chance(0.2)) {
          when = new Date(when.getTime() + rng.int(1, 10) * 86_400_000);
          const award = rng.weighted(GRADES, GRADE_CUM);
          const next = { ...row, award, awarded_on: isoDate(when), version: Number(row.version) + 1, updated_at: when };
          ctx.audit.add(ctx.actor, {
            at: when,
            action: 'award.entry.award',
            objectType: 'award_entry',
            objectId: id,
            regionCode: region,
            before: row,
            after: next,
            details: { award, stage: row.stage },
          });
          move(region, 'entry', id, String(row.stage), award, when);
          event(e, 'competition-award', `${c.name}：获奖`, ['award_entry', id], when);
          row = next;
          moves++;
        }
        entries.push(row);
        entryCount++;
      }
      if (nominations.length + entries.length >= 5_000) await flush();
    }
    await flush();
    for (const table of [
      'award_programme',
      'award_competition',
      'award_nomination',
      'award_entry',
      'award_history',
      'enterprise_event',
    ]) {
      await syncSequence(ctx.exec, table);
    }
    return {
      rows: {
        award_programme: programmeRows.length,
        award_competition: competitionRows.length,
        award_nomination: nominationCount,
        award_entry: entryCount,
        award_moves: moves,
        award_history: historyCount,
        enterprise_event: eventCount,
      },
    };
  },
};

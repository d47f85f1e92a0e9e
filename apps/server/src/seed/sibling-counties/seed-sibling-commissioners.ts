import type { Transaction } from 'kysely';
import { chinaToday, type CommissionerState } from '@kechuang/domain';
import type { Actor } from '../../platform/audit/audit.writer';
import { personalData } from '../../platform/crypto/personal-data';
import type { DB } from '../../platform/db/schema';
import { defaultTermEnd, eligibilityOf, levelRules } from '../../modules/commissioner/level-rules';
import { demoIdNumber } from '../../modules/commissioner/seed-demo-commissioners';
import { BUSINESSES, firmName, type SiblingCounty } from './sibling-counties';

const SURNAMES = [
  '张',
  '王',
  '李',
  '赵',
  '刘',
  '陈',
  '杨',
  '黄',
  '周',
  '吴',
  '徐',
  '马',
  '朱',
  '胡',
  '郭',
  '何',
  '高',
  '罗',
];
const GIVEN: [string, '男' | '女'][] = [
  ['建国', '男'],
  ['海燕', '女'],
  ['志强', '男'],
  ['丽华', '女'],
  ['学军', '男'],
  ['晓东', '男'],
  ['玉兰', '女'],
  ['德胜', '男'],
  ['春梅', '女'],
  ['国栋', '男'],
  ['秀英', '女'],
  ['振华', '男'],
  ['红霞', '女'],
];
// The states an appointment passes through, and how many days before the appointment each was reached.
const PATH: [CommissionerState, number][] = [
  ['applied', 60],
  ['recommended', 30],
  ['reviewed', 20],
  ['publicised', 10],
  ['appointed', 0],
];

const shift = (day: string, days: number) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** The k-th commissioner of a county: county-level ones appointed in 2022 H1, then city-level ones from 2021. */
function person(c: SiblingCounty, k: number, serial: number) {
  const county = k < c.commissioners[0];
  const [given, gender] = GIVEN[(serial * 5) % GIVEN.length];
  const seq = String(100 + serial * 2 + (gender === '男' ? 1 : 0)).slice(-3);
  const firm = k % c.firms.length;
  return {
    name: `${SURNAMES[serial % SURNAMES.length]}${given}`,
    gender,
    birthDate: `${1968 + (serial % 18)}-${String(1 + (serial % 12)).padStart(2, '0')}-${String(5 + (serial % 20)).padStart(2, '0')}`,
    born: c.code,
    seq,
    level: county ? ('county' as const) : ('city' as const),
    batch: county ? '2022年第一批' : '2021年第七批',
    appointedOn: county ? `2022-0${3 + (k % 3)}-18` : '2021-06-18',
    titleLevel: k % 3 === 0 ? '副高' : '中级',
    title: k % 3 === 0 ? '高级农艺师' : '农艺师',
    unitName: k % 2 === 0 ? `${c.name}农业技术推广中心` : `${c.name}中药材产业发展中心`,
    firm,
    speciality: BUSINESSES[c.firms[firm][1]].topic,
  };
}

/** The county's 科技特派员 with their histories and one 三方协议 each with a firm of the county. */
export async function seedSiblingCommissioners(
  trx: Transaction<DB>,
  actor: Actor,
  c: SiblingCounty,
  firms: number[],
  firstSerial: number,
): Promise<number> {
  const cipher = personalData();
  const rules = new Map((await levelRules(trx)).map((r) => [r.level, r]));
  const today = chinaToday();
  const count = c.commissioners[0] + c.commissioners[1];
  for (let k = 0; k < count; k++) {
    const p = person(c, k, firstSerial + k);
    const rule = rules.get(p.level)!;
    const termStart = p.appointedOn;
    const termEnd = defaultTermEnd(termStart, rule.term_years);
    const unitKind = '事业单位';
    if (
      !eligibilityOf({ birth_date: p.birthDate, title_level: p.titleLevel, unit_kind: unitKind }, rule, termStart)
        .passed
    ) {
      throw new Error(`demo commissioner ${p.name} is not eligible`);
    }
    // An appointment whose term has ended is 期满, as the daily job would have marked it.
    const ended = termEnd < today;
    const idNumber = demoIdNumber(p);
    const row = await trx
      .insertInto('commissioner')
      .values({
        region_code: c.code,
        user_id: null,
        name: p.name,
        gender: p.gender,
        birth_date: p.birthDate,
        id_number_sealed: cipher.seal(idNumber),
        id_number_digest: cipher.digest(idNumber),
        phone: `139${c.code.slice(3)}${String(20_000 + k * 311).padStart(5, '0')}`,
        education: '本科',
        title: p.title,
        title_level: p.titleLevel,
        speciality: p.speciality,
        field: p.speciality,
        unit_name: p.unitName,
        unit_kind: unitKind,
        unit_enterprise_id: null,
        level: p.level,
        batch: p.batch,
        term_start: termStart,
        term_end: termEnd,
        team_name: null,
        status: ended ? 'expired' : 'appointed',
        appointed_on: p.appointedOn,
        created_by: actor.id,
        updated_by: actor.id,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const moves = PATH.map(([to, before]) => ({ to, on: shift(p.appointedOn, -before) }));
    if (ended) moves.push({ to: 'expired', on: shift(termEnd, 1) });
    await trx
      .insertInto('commissioner_history')
      .values(
        moves.map((m, i) => ({
          commissioner_id: row.id,
          region_code: c.code,
          from_state: i === 0 ? null : moves[i - 1].to,
          to_state: m.to,
          on_date: m.on,
          reason: m.to === 'expired' ? `任期于 ${termEnd} 届满` : null,
          actor_id: actor.id,
          actor_name: actor.name,
          at: new Date(`${m.on}T10:00:00+08:00`),
        })),
      )
      .execute();
    await trx
      .insertInto('commissioner_agreement')
      .values({
        commissioner_id: row.id,
        region_code: c.code,
        enterprise_id: firms[p.firm],
        object_name: firmName(c, p.firm),
        object_kind: '企业',
        service_days: rule.min_service_days + 10 * (k % 3),
        tasks: `${p.speciality}技术指导与人员培训`,
        start_on: termStart,
        end_on: shift(termStart, 364),
        created_by: actor.id,
        updated_by: actor.id,
      })
      .execute();
  }
  return count;
}

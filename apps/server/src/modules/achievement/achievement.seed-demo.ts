import { createHash } from 'node:crypto';
import type { Kysely, Transaction } from 'kysely';
import {
  ACHIEVEMENT_STATE_LABELS,
  evidenceRuleOf,
  EVIDENCE_KIND_LABELS,
  registrationNoProblem,
  ZAchievementInput,
  type AchievementState,
  type TAchievementInput,
} from '@kechuang/domain';
import type { Actor } from '../../platform/audit/audit.writer';
import type { DB } from '../../platform/db/schema';
import type { StorageAdapter } from '../../platform/storage/storage';
import { insertAttachment } from '../../platform/attachments/attachments.repository';
import { enterpriseEventInsert } from '../enterprise/timeline';
import { ACHIEVEMENT_ATTACHMENTS } from './achievement-attachments';
import { achievementColumns } from './achievement-form';

/** A demo registration: the unit by its name in the demo register, the form, and its dates through the workflow. */
interface DemoRegistration {
  unit: string;
  form: Omit<TAchievementInput, 'enterpriseId' | 'firstUnitName' | 'regionCode' | 'secrecy'>;
  /** 提交, 受理, 推荐, 登记 (China dates, 2022 H1). */
  dates: [string, string, string, string];
  registrationNo: string;
}

/**
 * The work report's 一.3 "组织锦世化工、昌芳农业、远达食品开展科技成果登记工作" (docs/rules.md §0.2): three registrations
 * registered in 2022 H1, each passed through the module's own rules (the form's schema, the evidence its 类别
 * requires, a 登记号 in the §4.4 format). The 3-character 地方代码 `620` is a stand-in for the province's code.
 */
export const DEMO_ACHIEVEMENTS: readonly DemoRegistration[] = [
  {
    unit: '甘肃锦世化工有限责任公司',
    form: {
      name: '精细化工中间体绿色合成关键技术',
      category: 'applied',
      otherUnits: ['兰州理工大学'],
      completers: [
        { order: 1, name: '王建军', unit: '甘肃锦世化工有限责任公司', title: '高级工程师' },
        { order: 2, name: '李红梅', unit: '甘肃锦世化工有限责任公司', title: '工程师' },
        { order: 3, name: '赵文涛', unit: '兰州理工大学', title: '副教授' },
      ],
      researchStart: '2019-03',
      researchEnd: '2021-10',
      attribute: 'secondary',
      keywords: ['精细化工', '绿色合成', '中间体'],
      level: 'provincial_leading',
      stage: 'mature',
      evaluation: 'evaluation',
      intellectualProperty: '授权实用新型专利 2 项',
      abstract:
        '针对精细化工中间体传统合成工艺收率低、三废排放大的问题，研发催化合成与溶剂回收集成工艺，产品收率提高 8 个百分点，废水排放减少 30%，已在本企业生产线应用。',
    },
    dates: ['2022-03-10', '2022-03-14', '2022-03-25', '2022-04-18'],
    registrationNo: '6202022Y0031',
  },
  {
    unit: '陇西昌芳农业科技有限公司',
    form: {
      name: '道地中药材黄芪规范化种植技术集成与示范',
      category: 'applied',
      otherUnits: [],
      completers: [
        { order: 1, name: '陈昌芳', unit: '陇西昌芳农业科技有限公司', title: '农艺师' },
        { order: 2, name: '刘小燕', unit: '陇西昌芳农业科技有限公司', title: null },
      ],
      researchStart: '2018-04',
      researchEnd: '2021-09',
      attribute: 'secondary',
      keywords: ['黄芪', '规范化种植', '中药材'],
      level: 'provincial_advanced',
      stage: 'mature',
      evaluation: 'acceptance',
      intellectualProperty: null,
      abstract:
        '集成黄芪良种选育、育苗移栽、病虫害绿色防控和采收加工技术，建立规范化种植示范基地 500 亩，亩均增产 12%，带动周边农户种植。',
    },
    dates: ['2022-04-12', '2022-04-15', '2022-05-06', '2022-05-20'],
    registrationNo: '6202022Y0047',
  },
  {
    unit: '陇西远达食品有限公司',
    form: {
      name: '马铃薯全粉加工品质提升技术',
      category: 'applied',
      otherUnits: ['甘肃农业大学'],
      completers: [
        { order: 1, name: '张远达', unit: '陇西远达食品有限公司', title: '工程师' },
        { order: 2, name: '孙丽', unit: '甘肃农业大学', title: '教授' },
      ],
      researchStart: '2020-01',
      researchEnd: '2021-12',
      attribute: 'secondary',
      keywords: ['马铃薯全粉', '品质提升'],
      level: 'provincial_advanced',
      stage: 'middle',
      evaluation: 'evaluation',
      intellectualProperty: '申请发明专利 1 项',
      abstract:
        '优化马铃薯全粉蒸煮、回填和干燥工艺参数，全粉细胞完整率和色泽指标明显提升，产品用于休闲食品和主食化产品加工。',
    },
    dates: ['2022-05-09', '2022-05-12', '2022-06-01', '2022-06-16'],
    registrationNo: '6202022Y0058',
  },
];

/** A small one-page PDF standing in for a scanned certificate. */
function demoPdf(title: string): Buffer {
  const text = `KeChuang demo evidence: ${createHash('sha256').update(title).digest('hex').slice(0, 16)}`;
  return Buffer.from(
    `%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n` +
      `3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]/Contents 4 0 R>>endobj\n` +
      `4 0 obj<</Length ${text.length + 30}>>stream\nBT /F1 12 Tf 72 770 Td (${text}) Tj ET\nendstream endobj\n` +
      `trailer<</Root 1 0 R>>\n%%EOF\n`,
  );
}

const at = (date: string, hour = 10) => new Date(`${date}T${String(hour).padStart(2, '0')}:00:00+08:00`);

/**
 * Loads the demo registrations inside the demo transaction: each unit looked up by name in the register, the
 * form validated by its schema, the required evidence stored as files, the history through 已登记 and the
 * timeline entries the workflow writes. A unit missing from the register stops the seed with its name.
 */
export async function seedAchievementDemo(trx: Kysely<DB>, storage: StorageAdapter, actor: Actor): Promise<void> {
  for (const demo of DEMO_ACHIEVEMENTS) {
    const unit = await trx
      .selectFrom('enterprise')
      .select(['id', 'name', 'region_code'])
      .where('name', '=', demo.unit)
      .executeTakeFirst();
    if (!unit) throw new Error(`科技成果登记演示数据：企业名录中没有“${demo.unit}”`);
    const form = ZAchievementInput.parse({ ...demo.form, enterpriseId: unit.id });
    const [submitted, accepted, recommended, registered] = demo.dates;
    const problem = registrationNoProblem(demo.registrationNo, form.category, registered);
    if (problem) throw new Error(`科技成果登记演示数据：${problem}`);
    const row = await trx
      .insertInto('achievement')
      .values({
        ...achievementColumns(form),
        enterprise_id: unit.id,
        first_unit_name: unit.name,
        region_code: unit.region_code,
        status: 'registered',
        submitted_at: at(submitted),
        registration_no: demo.registrationNo,
        registered_on: registered,
        created_at: at(submitted, 9),
        updated_at: at(registered),
        created_by: actor.id,
        updated_by: actor.id,
      })
      .returning(['id', 'name', 'region_code'])
      .executeTakeFirstOrThrow();
    for (const kind of evidenceRuleOf(form.category).required) {
      const data = demoPdf(`${row.name}-${kind}`);
      await insertAttachment(trx, storage, {
        ownerType: ACHIEVEMENT_ATTACHMENTS.type,
        ownerId: row.id,
        slot: kind,
        regionCode: row.region_code,
        fileName: `${EVIDENCE_KIND_LABELS[kind].replace(/（.*）/, '')}.pdf`,
        data,
        actorId: actor.id,
        createdAt: at(submitted, 9),
      });
    }
    const moves: [AchievementState | null, AchievementState, string][] = [
      [null, 'draft', submitted],
      ['draft', 'submitted', submitted],
      ['submitted', 'county_review', accepted],
      ['county_review', 'recommended', recommended],
      ['recommended', 'registered', registered],
    ];
    for (const [from, to, date] of moves) {
      await trx
        .insertInto('achievement_transition')
        .values({
          region_code: row.region_code,
          achievement_id: row.id,
          from_state: from,
          to_state: to,
          at: at(date, to === 'draft' ? 9 : 10),
          actor_id: actor.id,
          actor_name: actor.name,
          comment: null,
        })
        .execute();
      if (to !== 'submitted' && to !== 'registered') continue;
      await enterpriseEventInsert(trx as Transaction<DB>, actor, {
        enterpriseId: unit.id,
        regionCode: row.region_code,
        module: 'achievement',
        kind: `achievement-${to}`,
        title: `科技成果登记“${row.name}”：${ACHIEVEMENT_STATE_LABELS[to]}`,
        detail: to === 'registered' ? `登记号 ${demo.registrationNo}` : null,
        ref: { type: 'achievement', id: row.id },
        at: at(date),
      }).execute();
    }
  }
}

import type { Kysely, Transaction } from 'kysely';
import { maskPassport } from '@kechuang/domain';
import type { Actor } from '../../platform/audit/audit.writer';
import { personalData } from '../../platform/crypto/personal-data';
import type { DB } from '../../platform/db/schema';
import type { DemoContext } from '../../platform/module-kit/module';
import { recordEnterpriseEvent } from '../enterprise/timeline';
import { TALENT_BASE_KIND } from './talent-base.repository';

// The report's 引进荷兰、英国等*名外国专家对爱味客、海升集团等企业进行技术指导服务，建立引智引才基地2处 (seed §一.5):
// three experts (two Dutch, one British) and their 2022 H1 visits, linked to the two 引智基地 the tech-platform
// seed recognises. Names, employers and passport numbers are plausible stand-ins.

const AIWEIKE = '甘肃爱味客马铃薯加工有限公司';
const HAISHENG = '陇西海升果业有限公司';
const AIWEIKE_BASE = '爱味客马铃薯加工引智基地';
const HAISHENG_BASE = '海升果业引智引才基地';

const EXPERTS = [
  {
    name: 'Jan de Vries',
    nameZh: '扬·德弗里斯',
    country: 'NL',
    field: '马铃薯种薯繁育与储藏',
    employer: 'Wageningen University & Research',
    passportNo: 'NX4K8P2R1',
    email: 'j.devries@example.nl',
    base: AIWEIKE_BASE,
  },
  {
    name: 'Pieter Bakker',
    nameZh: '彼得·巴克尔',
    country: 'NL',
    field: '马铃薯全粉与薯条加工工艺',
    employer: 'PUM Netherlands senior experts',
    passportNo: 'NR7T3M9Q5',
    email: 'p.bakker@example.nl',
    base: AIWEIKE_BASE,
  },
  {
    name: 'James Wilson',
    nameZh: '詹姆斯·威尔逊',
    country: 'GB',
    field: '苹果矮砧密植与采后处理',
    employer: 'NIAB East Malling',
    passportNo: '533218476',
    email: 'j.wilson@example.co.uk',
    base: HAISHENG_BASE,
  },
] as const;

const VISITS = [
  {
    startOn: '2022-03-21',
    endOn: '2022-03-25',
    experts: ['Jan de Vries', 'Pieter Bakker'],
    enterprises: [AIWEIKE],
    base: AIWEIKE_BASE,
    topics: '马铃薯全粉生产线工艺参数优化、种薯贮藏窖温湿度管理技术指导',
    results: '全粉出品率提高约 2 个百分点；制定贮藏窖管理规程 1 项',
  },
  {
    startOn: '2022-05-16',
    endOn: '2022-05-20',
    experts: ['James Wilson'],
    enterprises: [HAISHENG],
    base: HAISHENG_BASE,
    topics: '苹果矮砧密植园整形修剪、水肥一体化与采后分级处理技术指导',
    results: '培训果园技术人员 36 人次；提出采后预冷改进方案',
  },
  {
    startOn: '2022-06-13',
    endOn: '2022-06-15',
    experts: ['Pieter Bakker'],
    enterprises: [AIWEIKE, HAISHENG],
    base: AIWEIKE_BASE,
    topics: '农产品加工企业质量管理体系与出口标准对接',
    results: '两家企业形成出口产品质量改进清单',
  },
];

async function idsByName(trx: Kysely<DB>, table: 'enterprise' | 'tech_platform', names: string[], region: string) {
  let q = trx.selectFrom(table).select(['id', 'name']).where('name', 'in', names).where('region_code', '=', region);
  if (table === 'tech_platform') q = q.where('kind', '=', TALENT_BASE_KIND);
  const rows = await q.execute();
  const byName = new Map(rows.map((r) => [r.name, r.id]));
  for (const n of names) if (!byName.has(n)) throw new Error(`demo ${table} ${n} is missing`);
  return byName;
}

/** Loads the demo experts and visits in the demo transaction (the manifest's seedDemo hook). */
export async function seedDemoForeignExperts(db: Kysely<DB>, actor: Actor, demo: DemoContext): Promise<void> {
  const trx = db as Transaction<DB>;
  const region = demo.county.code;
  const enterprises = await idsByName(trx, 'enterprise', [AIWEIKE, HAISHENG], region);
  const bases = await idsByName(trx, 'tech_platform', [AIWEIKE_BASE, HAISHENG_BASE], region);
  const cipher = personalData();
  const experts = new Map<string, number>();
  for (const x of EXPERTS) {
    const row = await trx
      .insertInto('foreign_expert')
      .values({
        region_code: region,
        name: x.name,
        name_zh: x.nameZh,
        country: x.country,
        field: x.field,
        employer: x.employer,
        passport_sealed: cipher.seal(x.passportNo),
        passport_digest: cipher.digest(x.passportNo),
        passport_masked: maskPassport(x.passportNo)!,
        email: x.email,
        talent_base_id: bases.get(x.base)!,
        created_by: null,
        updated_by: null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    experts.set(x.name, row.id);
  }
  for (const v of VISITS) {
    const row = await trx
      .insertInto('foreign_expert_visit')
      .values({
        region_code: region,
        start_on: v.startOn,
        end_on: v.endOn,
        topics: v.topics,
        results: v.results,
        talent_base_id: bases.get(v.base)!,
        created_by: null,
        updated_by: null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await trx
      .insertInto('foreign_expert_visit_expert')
      .values(v.experts.map((n) => ({ visit_id: row.id, expert_id: experts.get(n)! })))
      .execute();
    for (const name of v.enterprises) {
      const enterpriseId = enterprises.get(name)!;
      await trx
        .insertInto('foreign_expert_visit_enterprise')
        .values({ visit_id: row.id, enterprise_id: enterpriseId })
        .execute();
      await recordEnterpriseEvent(trx, actor, {
        enterpriseId,
        regionCode: region,
        module: 'foreign-expert',
        kind: 'visit',
        title: `外国专家来访指导：${v.experts.join('、')}`,
        detail: `${v.startOn} 至 ${v.endOn}；${v.topics}`,
        ref: { type: 'foreign_expert_visit', id: row.id },
        at: new Date(`${v.startOn}T10:00:00+08:00`),
      });
    }
  }
}

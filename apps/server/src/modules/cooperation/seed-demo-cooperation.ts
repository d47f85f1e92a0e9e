import type { DemoContext } from '../../platform/module-kit/module';
import type { Kysely, Transaction } from 'kysely';
import type { AgreementState, CoopProjectState } from '@kechuang/domain';
import { writeAudit, type Actor } from '../../platform/audit/audit.writer';
import type { DB } from '../../platform/db/schema';
import { enterpriseEventInsert } from '../enterprise/timeline';

/**
 * The partners behind the 2022 H1 report's §一.4 (docs/rules.md §0.2). Contacts and addresses are plausible
 * stand-ins; "*大民新材料有限公司" is masked in the report, so its province is a stand-in too.
 */
const PARTNERS = [
  {
    name: '甘肃农业大学',
    kind: 'university',
    province: '甘肃省',
    city: '兰州市',
    address: '兰州市安宁区营门村1号',
    contact: ['刘教授', '13919310021'],
  },
  {
    name: '甘肃省农业科学院',
    kind: 'institute',
    province: '甘肃省',
    city: '兰州市',
    address: '兰州市安宁区农科院新村1号',
    contact: ['陈研究员', '13893110562'],
  },
  {
    name: '定西市农业科学研究院',
    kind: 'institute',
    province: '甘肃省',
    city: '定西市',
    address: '定西市安定区友谊路',
    contact: ['马研究员', '13909320417'],
  },
  {
    name: '无锡德瑞致远新材料科技有限公司',
    kind: 'enterprise',
    province: '江苏省',
    city: '无锡市',
    address: '无锡市新吴区',
    contact: ['周经理', '13812350876'],
  },
  {
    name: '山东大民新材料有限公司',
    kind: 'enterprise',
    province: '山东省',
    city: '淄博市',
    address: '淄博市高新区',
    contact: ['孙经理', '13705330219'],
  },
] as const;

/** 与无锡德瑞致远新材料科技有限公司、*大民新材料有限公司等2家企业签订战略合作协议 (county government, 2022 H1). */
const AGREEMENTS = [
  {
    title: '陇西县人民政府与无锡德瑞致远新材料科技有限公司战略合作协议',
    partner: '无锡德瑞致远新材料科技有限公司',
    signedOn: '2022-03-25',
    executingOn: '2022-04-01',
    endOn: '2025-03-24',
    scope: '新材料研发与成果转化、产业项目落地、人才交流',
  },
  {
    title: '陇西县人民政府与山东大民新材料有限公司战略合作协议',
    partner: '山东大民新材料有限公司',
    signedOn: '2022-05-18',
    executingOn: '2022-06-01',
    endOn: '2025-05-17',
    scope: '新型材料生产技术合作、联合研发与市场开拓',
  },
];

/** 促成诚泰药业与省农科院、希诺农牧业与甘农大、众智众创与市农科院签订科技合作项目3项 (all started in 2022 H1). */
const PROJECTS = [
  {
    name: '道地中药材种植技术创新发展研究',
    enterprise: '甘肃诚泰药业有限公司',
    partner: '甘肃省农业科学院',
    field: 'chinese_medicine',
    startOn: '2022-03-10',
    inProgressOn: '2022-03-15',
    endOn: '2024-12-31',
    money: { enterprise: '500000.00', partner: '200000.00', government: null },
    milestones: [
      ['道地药材良种繁育基地建设', '2022-10-31'],
      ['标准化种植技术规程编制', '2023-12-31'],
    ],
  },
  {
    name: '农牧循环高效生产技术研究与示范',
    enterprise: '陇西希诺农牧业有限公司',
    partner: '甘肃农业大学',
    field: 'agriculture_livestock',
    startOn: '2022-04-12',
    inProgressOn: '2022-04-20',
    endOn: '2024-06-30',
    money: { enterprise: '300000.00', partner: '150000.00', government: null },
    milestones: [
      ['种养结合循环模式示范点建设', '2022-12-31'],
      ['技术集成与推广', '2024-03-31'],
    ],
  },
  {
    name: '农业智能化发展关键技术合作研究',
    enterprise: '甘肃众智众创科技发展有限公司',
    partner: '定西市农业科学研究院',
    field: 'smart_agriculture',
    startOn: '2022-05-20',
    inProgressOn: '2022-06-01',
    endOn: '2023-12-31',
    money: { enterprise: '200000.00', partner: '100000.00', government: null },
    milestones: [
      ['智能监测系统原型', '2022-12-31'],
      ['田间示范应用', '2023-10-31'],
    ],
  },
] as const;

const day = (d: string) => new Date(`${d}T10:00:00+08:00`);

/** The demo county's cooperation (seed report §一.4), written as the module writes it: history, timeline, audit. */
export async function seedDemoCooperation(db: Kysely<DB>, actor: Actor, demo: DemoContext): Promise<void> {
  const trx = db as Transaction<DB>;
  const region = demo.county.code;
  const partnerIds = new Map<string, number>();
  for (const p of PARTNERS) {
    const row = await trx
      .insertInto('cooperation_partner')
      .values({
        region_code: region,
        name: p.name,
        kind: p.kind,
        province: p.province,
        city: p.city,
        address: p.address,
        contact_name: p.contact[0],
        contact_phone: p.contact[1],
        created_by: null,
        updated_by: null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    partnerIds.set(p.name, row.id);
  }
  const history = (subject: 'agreement' | 'project', id: number, moves: [string | null, string, string][]) =>
    trx
      .insertInto('cooperation_history')
      .values(
        moves.map(([from, to, on]) => ({
          region_code: region,
          subject,
          subject_id: id,
          from_state: from,
          to_state: to,
          at: day(on),
          actor_id: actor.id,
          actor_name: actor.name,
          reason: null,
        })),
      )
      .execute();

  for (const a of AGREEMENTS) {
    const status: AgreementState = 'executing';
    const row = await trx
      .insertInto('cooperation_agreement')
      .values({
        region_code: region,
        title: a.title,
        type: 'strategic',
        gov_party: 'county_government',
        enterprise_id: null,
        partner_id: partnerIds.get(a.partner)!,
        signed_on: a.signedOn,
        end_on: a.endOn,
        scope: a.scope,
        status,
        created_by: null,
        updated_by: null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await history('agreement', row.id, [
      [null, 'signed', a.signedOn],
      ['signed', 'executing', a.executingOn],
    ]);
  }

  for (const p of PROJECTS) {
    const enterprise = await trx
      .selectFrom('enterprise')
      .select(['id'])
      .where('name', '=', p.enterprise)
      .where('region_code', '=', region)
      .executeTakeFirst();
    if (!enterprise) throw new Error(`演示数据：企业名录中没有“${p.enterprise}”`);
    const status: CoopProjectState = 'in_progress';
    const row = await trx
      .insertInto('cooperation_project')
      .values({
        region_code: region,
        name: p.name,
        enterprise_id: enterprise.id,
        partner_id: partnerIds.get(p.partner)!,
        field: p.field,
        start_on: p.startOn,
        end_on: p.endOn,
        enterprise_amount: p.money.enterprise,
        partner_amount: p.money.partner,
        government_amount: p.money.government,
        status,
        created_by: null,
        updated_by: null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await history('project', row.id, [
      [null, 'signed', p.startOn],
      ['signed', 'in_progress', p.inProgressOn],
    ]);
    await trx
      .insertInto('cooperation_milestone')
      .values(
        p.milestones.map(([title, plannedOn]) => ({
          project_id: row.id,
          region_code: region,
          title,
          planned_on: plannedOn,
          updated_by: null,
        })),
      )
      .execute();
    const ref = { type: 'cooperation_project', id: row.id };
    for (const e of [
      {
        kind: 'project-signed',
        title: `签订合作项目：${p.name}`,
        detail: `合作院所：${p.partner}；${p.startOn} 至 ${p.endOn}`,
        at: day(p.startOn),
      },
      { kind: 'project-started', title: `合作项目实施中：${p.name}`, detail: '签约 → 实施中', at: day(p.inProgressOn) },
    ]) {
      await enterpriseEventInsert(trx, actor, {
        enterpriseId: enterprise.id,
        regionCode: region,
        module: 'cooperation',
        ref,
        ...e,
      }).execute();
    }
  }

  await writeAudit(trx, actor, {
    action: 'cooperation.demo.seed',
    regionCode: region,
    details: { partners: PARTNERS.length, agreements: AGREEMENTS.length, projects: PROJECTS.length },
  });
}

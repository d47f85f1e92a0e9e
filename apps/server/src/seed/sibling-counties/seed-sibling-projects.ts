import type { Transaction } from 'kysely';
import {
  APPLICATION_STATE_LABELS,
  type ApplicationState,
  type FundingSourceLevel,
  type TCriterion,
  type TFormField,
} from '@kechuang/domain';
import type { Actor } from '../../platform/audit/audit.writer';
import type { DB } from '../../platform/db/schema';
import { recordEnterpriseEvent } from '../../modules/enterprise/timeline';
import { attachDemoFile } from '../seed-demo-project-files';
import type { SiblingCounty, SiblingProject } from './sibling-counties';

const FORM: TFormField[] = [
  { key: 'leader', label: '项目负责人', type: 'text', required: true, maxLength: 30 },
  { key: 'summary', label: '项目简介', type: 'textarea', required: true, maxLength: 2000 },
  { key: 'budget', label: '项目总投资（元）', type: 'money', required: true },
  { key: 'feasibility', label: '可行性研究报告', type: 'file', required: true },
];
const CRITERIA: TCriterion[] = [
  { key: 'innovation', label: '技术创新性', maxScore: 30, weight: 30 },
  { key: 'feasibility', label: '实施可行性', maxScore: 40, weight: 40 },
  { key: 'benefit', label: '经济社会效益', maxScore: 30, weight: 30 },
];

/** The programme a county applied to for each level of money it won. */
const PROGRAMMES: Record<
  SiblingProject[2],
  { title: string; category: string; document: string; source: FundingSourceLevel }
> = {
  national: {
    title: '2022年度中央引导地方科技发展资金项目',
    category: 'central_guide',
    document: '甘财科〔2022〕12号',
    source: 'central',
  },
  provincial: {
    title: '2022年省支持科技创新若干措施项目',
    category: 'provincial_measures',
    document: '甘财科〔2022〕31号',
    source: 'provincial',
  },
  city: { title: '2022年定西市科技计划项目', category: 'city_plan', document: '定财科〔2022〕9号', source: 'city' },
};

// Applied in December 2021 through the county, approved above in March 2022, under way since.
const PATH: [ApplicationState, string][] = [
  ['submitted', '2021-12-06'],
  ['county_review', '2021-12-08'],
  ['recommended', '2021-12-15'],
  ['approved', '2022-03-10'],
  ['in_progress', '2022-03-20'],
];

// Living on past 2022 (docs: the demo lives until today), a project passes 中期检查 and 验收 on these days.
const LATER: [ApplicationState, string][] = [
  ['midterm', '2023-07-10'],
  ['accepted', '2025-01-20'],
];
const STARTED = PATH.at(-1)![1];

const at = (day: string) => new Date(`${day}T10:00:00+08:00`);
const plusDays = (day: string, n: number) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

/**
 * The projects the county won from above in 2022: one call per level it applied to, each application through
 * 申报 → 县级审核 → 推荐 → 立项 → 实施 with its required file, and the grant (下达) and its first disbursement.
 */
export async function seedSiblingProjects(
  trx: Transaction<DB>,
  actor: Actor,
  c: SiblingCounty,
  firms: number[],
  today: string | null,
): Promise<void> {
  const path = [...PATH, ...LATER.filter(([, day]) => today !== null && day <= today)];
  const calls = new Map<string, number>();
  for (const level of new Set(c.projects.map((p) => p[2]))) {
    const prog = PROGRAMMES[level];
    const row = await trx
      .insertInto('project_call')
      .values({
        region_code: c.code,
        title: prog.title,
        category: prog.category,
        level,
        year: 2022,
        opens_at: at('2021-11-01'),
        closes_at: new Date('2021-12-10T17:30:00+08:00'),
        status: 'published',
        guide: `${prog.title}申报指南：申报单位须为在${c.name}登记注册的企事业单位，按申报表填报并上传可行性研究报告。`,
        form: JSON.stringify(FORM),
        criteria: JSON.stringify(CRITERIA),
        min_experts: 2,
        outlier_rule: 'none',
        outlier_sd: null,
        ranking_confirmed_at: null,
        ranking_confirmed_by: null,
        ranking_snapshot: null,
        created_by: null,
        updated_by: null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    calls.set(level, row.id);
  }
  for (const [n, [firm, title, level, amount, grantedOn]] of c.projects.entries()) {
    const enterpriseId = firms[firm];
    const app = await trx
      .insertInto('project_application')
      .values({
        region_code: c.code,
        call_id: calls.get(level)!,
        enterprise_id: enterpriseId,
        title,
        state: path.at(-1)![0],
        data: JSON.stringify({
          leader: `${c.firms[firm][0]}项目负责人`,
          summary: `${title}：围绕${c.name}主导产业开展关键技术攻关与示范。`,
          budget: amount,
        }),
        requested_amount: amount,
        approved_amount: amount,
        project_no: `${c.code}-2022-${String(n + 1).padStart(3, '0')}`,
        starts_on: STARTED,
        ends_on: '2024-12-31',
        midterm_due_on: '2023-06-30',
        submitted_at: at(PATH[0][1]),
        created_by: null,
        updated_by: null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await attachDemoFile(trx, {
      regionCode: c.code,
      applicationId: app.id,
      slot: 'feasibility',
      fileName: `${title}-可行性研究报告.pdf`,
      userId: null,
    });
    let from: ApplicationState = 'draft';
    for (const [to, day] of path) {
      await trx
        .insertInto('project_transition')
        .values({
          region_code: c.code,
          application_id: app.id,
          from_state: from,
          to_state: to,
          at: at(day),
          actor_id: null,
          actor_name: actor.name,
          on_behalf: to === 'submitted',
          comment: null,
          visibility: 'applicant',
        })
        .execute();
      from = to;
    }
    await recordEnterpriseEvent(trx, actor, {
      enterpriseId,
      regionCode: c.code,
      module: 'project',
      kind: 'application-in_progress',
      title: `${title}：${APPLICATION_STATE_LABELS.approved} → ${APPLICATION_STATE_LABELS.in_progress}`,
      ref: { type: 'project_application', id: app.id },
      at: at(PATH.at(-1)![1]),
    });
    const first = `${Math.round(Number(amount) * 0.6)}.00`;
    await trx
      .insertInto('funding_record')
      .values(
        [
          { kind: 'grant', amount, occurred_on: grantedOn, voucher_no: null, document_no: PROGRAMMES[level].document },
          {
            kind: 'disbursement',
            amount: first,
            occurred_on: plusDays(grantedOn, 20),
            voucher_no: `KJ${c.code}-2022-${String(n + 1).padStart(4, '0')}`,
            document_no: null,
          },
        ].map((f) => ({
          ...f,
          region_code: c.code,
          application_id: app.id,
          source_level: PROGRAMMES[level].source,
          remark: null,
          created_by: null,
          updated_by: null,
        })),
      )
      .execute();
  }
}

import type { Kysely } from 'kysely';
import { chinaToday, LIAISON_DICTS, ZLiaisonVisitInput, type TLiaisonVisitInput } from '@kechuang/domain';
import { writeAudit } from '../../platform/audit/audit.writer';
import type { DB } from '../../platform/db/schema';
import type { UseCaseContext } from '../../platform/http/types';
import { enterpriseEventInsert } from '../enterprise/timeline';
import { assertDictValue, enterpriseRef, refuse } from './liaison-refs';
import { assertCanWrite } from './liaison.policy';
import { findVisit } from './visit.repository';

/** Every dictionary value the visit names, each refused by its field (400, nothing written). */
async function checkValues(db: Kysely<DB>, v: ReturnType<typeof ZLiaisonVisitInput.parse>) {
  const labels = {
    form: await assertDictValue(db, LIAISON_DICTS.visitForm, v.form, 'form', '走访形式'),
    policies: [] as string[],
    campaign: v.campaign ? await assertDictValue(db, LIAISON_DICTS.campaign, v.campaign, 'campaign', '专项行动') : null,
  };
  for (const [i, p] of v.policies.entries()) {
    labels.policies.push(await assertDictValue(db, LIAISON_DICTS.policy, p, `policies.${i}`, '宣讲政策'));
  }
  for (const [i, issue] of v.issues.entries()) {
    await assertDictValue(db, LIAISON_DICTS.issueCategory, issue.category, `issues.${i}.category`, '问题类别');
    await assertDictValue(db, LIAISON_DICTS.department, issue.department, `issues.${i}.department`, '责任部门');
    if (issue.dueOn < v.visitedOn) throw refuse(`issues.${i}.dueOn`, `第 ${i + 1} 个问题的办理时限不能早于走访日期`);
  }
  return labels;
}

/**
 * A cadre records a visit to an enterprise of their region (docs/rules.md §5.7.1): the date not in the future,
 * the people met, the policies explained, the enterprise's questions, a campaign, and the issues raised (each
 * 待办 with its history row). One transaction: visit, issues, histories, then the audit row with a timeline event
 * for the visit and for each issue.
 */
export async function recordVisit(db: Kysely<DB>, { auth, actor }: UseCaseContext, body: TLiaisonVisitInput) {
  const v = ZLiaisonVisitInput.parse(body);
  const enterprise = await enterpriseRef(db, v.enterpriseId);
  assertCanWrite(auth, enterprise.region_code);
  if (v.visitedOn > chinaToday()) throw refuse('visitedOn', '走访日期不能晚于今天');
  const labels = await checkValues(db, v);
  const id = await db.transaction().execute(async (trx) => {
    const visit = await trx
      .insertInto('liaison_visit')
      .values({
        region_code: enterprise.region_code,
        enterprise_id: enterprise.id,
        cadre_id: auth.userId,
        visited_on: v.visitedOn,
        form: v.form,
        people_met: v.peopleMet,
        policies: JSON.stringify(v.policies),
        questions: v.questions ?? null,
        campaign: v.campaign ?? null,
        created_by: actor.id,
        updated_by: actor.id,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    const issues = v.issues.length
      ? await trx
          .insertInto('liaison_issue')
          .values(
            v.issues.map((i) => ({
              region_code: enterprise.region_code,
              visit_id: visit.id,
              enterprise_id: enterprise.id,
              cadre_id: auth.userId,
              content: i.content,
              category: i.category,
              department: i.department,
              raised_on: v.visitedOn,
              due_on: i.dueOn,
              created_by: actor.id,
              updated_by: actor.id,
            })),
          )
          .returning(['id', 'content', 'due_on'])
          .execute()
      : [];
    if (issues.length) {
      await trx
        .insertInto('liaison_issue_history')
        .values(
          issues.map((i) => ({
            issue_id: i.id,
            region_code: enterprise.region_code,
            from_state: null,
            to_state: 'pending',
            reason: '走访中提出',
            actor_id: actor.id,
            actor_name: auth.displayName,
          })),
        )
        .execute();
    }
    const event = (kind: string, title: string, ref: { type: string; id: number }, detail?: string) =>
      enterpriseEventInsert(trx, actor, {
        enterpriseId: enterprise.id,
        regionCode: enterprise.region_code,
        module: 'liaison',
        kind,
        title,
        detail,
        ref,
      });
    await writeAudit(
      trx,
      actor,
      {
        action: 'liaison.visit',
        objectType: 'liaison_visit',
        objectId: visit.id,
        regionCode: visit.region_code,
        after: visit,
        details: { issueIds: issues.map((i) => i.id) },
      },
      {
        alongside: [
          event(
            'visit',
            `${auth.displayName}${labels.form}走访（${v.visitedOn}）`,
            { type: 'liaison_visit', id: visit.id },
            labels.policies.length ? `宣讲政策：${labels.policies.join('、')}` : undefined,
          ),
          ...issues.map((i) =>
            event('issue', `提出诉求：${i.content}`, { type: 'liaison_issue', id: i.id }, `办理时限 ${i.due_on}`),
          ),
        ],
      },
    );
    return visit.id;
  });
  return (await findVisit(db, id))!;
}

import type { Transaction } from 'kysely';
import { EVAL_GRADE_LABELS, gradePlatform, revocationDue, type EvalGrade } from '@kechuang/domain';
import type { Actor } from '../../../platform/audit/audit.writer';
import type { DB } from '../../../platform/db/schema';
import { AppError } from '../../../platform/errors';
import { notifyUser } from '../../../platform/messages/notify';
import { enterpriseEventInsert } from '../../enterprise/timeline';
import { earlierGrades, staffOfRegion, tasksOfEntries, type EvalEntryRow } from './evaluation.repository';
import { schemeOf } from './round-rules';

/** What grading a round needs of each entry: the bureau's score and enough submitted expert scores. */
export function missingForGrading(
  entries: EvalEntryRow[],
  tasks: Awaited<ReturnType<typeof tasksOfEntries>>,
): string[] {
  const problems: string[] = [];
  for (const e of entries) {
    const def = schemeOf(e.definition);
    const done = tasks.filter((t) => t.entry_id === e.id && t.status === 'submitted').length;
    if (done < def.qualitative.minExperts) {
      problems.push(`“${e.platform_name}”已提交的专家评价 ${done} 份，少于 ${def.qualitative.minExperts} 份`);
    }
    if (e.management_score === null) problems.push(`“${e.platform_name}”尚无地方管理评价得分`);
  }
  return problems;
}

/**
 * Grades every entry of a round in the caller's transaction (docs/rules.md §5.4): the total and grade on its
 * scheme, and 摘牌 proposed after the scheme's count of consecutive fails, which rings the county's staff (staff
 * then move the platform through its own transition). Answers how many were graded and proposed.
 */
export async function gradeEntries(
  trx: Transaction<DB>,
  actor: Actor,
  round: { id: number; title: string; year: number; region_code: string },
  entries: EvalEntryRow[],
): Promise<{ graded: number; proposed: number }> {
  const tasks = await tasksOfEntries(
    trx,
    entries.map((e) => e.id),
  );
  const problems = missingForGrading(entries, tasks);
  if (problems.length) throw new AppError('CONFLICT', `尚不能定级：${problems.join('；')}`, problems);
  let proposed = 0;
  for (const e of entries) {
    const def = schemeOf(e.definition);
    const expertScores = tasks
      .filter((t) => t.entry_id === e.id && t.status === 'submitted')
      .map((t) => t.scores as Record<string, string>);
    const r = gradePlatform(def, {
      quantitative: e.quantitative_score ?? '0',
      expertScores,
      management: e.management_score!,
    });
    const rev = revocationDue(def, round.year, r.grade, await earlierGrades(trx, e.platform_id, round.year));
    await trx
      .updateTable('tech_platform_eval_entry')
      .set((eb) => ({
        qualitative_score: r.qualitative,
        total_score: r.total,
        grade: r.grade,
        grade_message: r.message,
        revocation_proposed: rev.proposed,
        revocation_reason: rev.reason,
        version: eb('version', '+', 1),
        updated_at: new Date(),
        updated_by: actor.id,
      }))
      .where('id', '=', e.id)
      .execute();
    if (e.enterprise_id) {
      await enterpriseEventInsert(trx, actor, {
        enterpriseId: e.enterprise_id,
        regionCode: e.region_code,
        module: 'tech-platform',
        kind: 'evaluation-graded',
        title: `${round.title}：“${e.platform_name}”评为 ${r.grade}（${EVAL_GRADE_LABELS[r.grade as EvalGrade]}）`,
        detail: r.message,
        ref: { type: 'tech_platform_eval_entry', id: e.id },
      }).execute();
    }
    if (rev.proposed) {
      proposed++;
      for (const u of await staffOfRegion(trx, round.region_code)) {
        await notifyUser(trx, u.id, {
          category: 'alert',
          title: `建议摘牌：${e.platform_name}`,
          body: `${round.title}：“${e.platform_name}”${rev.reason}。请核实后在创新平台登记中办理摘牌。`,
          link: `/tech-platform/platforms/${e.platform_id}`,
        });
      }
    }
  }
  return { graded: entries.length, proposed };
}

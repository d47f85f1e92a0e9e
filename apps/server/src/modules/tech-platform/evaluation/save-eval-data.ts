import type { Kysely } from 'kysely';
import { checkIndicatorData, scoreQuantitative } from '@kechuang/domain';
import { writeAudit } from '../../../platform/audit/audit.writer';
import type { DB } from '../../../platform/db/schema';
import { updateVersioned } from '../../../platform/db/versioned-update';
import { AppError, notFound } from '../../../platform/errors';
import type { UseCaseContext } from '../../../platform/http/types';
import { enterpriseEventInsert } from '../../enterprise/timeline';
import { operatorActor } from './evaluation.policy';
import { findEntry } from './evaluation.repository';
import { assertRoundState, schemeOf } from './round-rules';

export interface SaveEvalDataOptions {
  entryId: number;
  data: Record<string, string | number | null>;
  submit: boolean;
  version: number;
}

/**
 * The operator (a user of the operating enterprise, or staff on its behalf) saves or submits a platform's figures
 * while the round is open (docs/rules.md §5.4). Each figure is checked against the scheme (400 naming the item); a
 * submission needs all of them and computes the quantitative score with its explanation. A submitted entry is
 * final (409).
 */
export async function saveEvalData(db: Kysely<DB>, { auth, actor }: UseCaseContext, o: SaveEvalDataOptions) {
  const entry = await findEntry(db, o.entryId);
  if (!entry) throw notFound('评价记录');
  const { onBehalf } = operatorActor(auth, entry);
  assertRoundState({ title: entry.round_title, state: entry.round_state }, 'open', '填报');
  if (entry.status === 'submitted') {
    throw new AppError('CONFLICT', `“${entry.platform_name}”的评价数据已提交，不能再修改`);
  }
  const def = schemeOf(entry.definition);
  const data = Object.fromEntries(
    Object.entries(o.data)
      .filter(([, v]) => v !== null && String(v).trim() !== '')
      .map(([k, v]) => [k, String(v).trim()]),
  );
  const problems = checkIndicatorData(def, data, o.submit ? 'submit' : 'draft');
  if (problems.length) {
    throw new AppError('VALIDATION_FAILED', `评价数据有误：${problems.map((p) => p.message).join('；')}`, problems);
  }
  const score = o.submit ? scoreQuantitative(def, data, { hardshipArea: entry.hardship_area }) : null;
  await db.transaction().execute(async (trx) => {
    const { before, after } = await updateVersioned<Record<string, unknown>>(trx, {
      table: 'tech_platform_eval_entry',
      key: 'id',
      id: entry.id,
      version: o.version,
      set: {
        data: JSON.stringify(data),
        ...(score
          ? {
              status: 'submitted',
              submitted_at: new Date(),
              quantitative_score: score.points,
              quantitative_items: JSON.stringify(score.items),
            }
          : {}),
      },
      what: '评价数据',
      userId: auth.userId,
    });
    if (before.status === 'submitted') {
      throw new AppError('CONFLICT', `“${entry.platform_name}”的评价数据已提交，不能再修改`);
    }
    const alongside =
      entry.enterprise_id && score
        ? [
            enterpriseEventInsert(trx, actor, {
              enterpriseId: entry.enterprise_id,
              regionCode: entry.region_code,
              module: 'tech-platform',
              kind: 'evaluation-submitted',
              title: `${entry.round_title}：提交“${entry.platform_name}”评价数据`,
              detail: `定量得分 ${score.points} 分${onBehalf ? '；业务人员代为填报' : ''}`,
              ref: { type: 'tech_platform_eval_entry', id: entry.id },
            }),
          ]
        : [];
    await writeAudit(
      trx,
      actor,
      {
        action: score ? 'tech-platform.evaluation.submit' : 'tech-platform.evaluation.save',
        objectType: 'tech_platform_eval_entry',
        objectId: entry.id,
        regionCode: entry.region_code,
        before,
        after,
        details: { onBehalf },
      },
      { alongside },
    );
  });
}

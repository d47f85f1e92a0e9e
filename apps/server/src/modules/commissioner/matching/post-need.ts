import type { Kysely } from 'kysely';
import type { TNeedInput } from '@kechuang/domain';
import { writeAudit } from '../../../platform/audit/audit.writer';
import type { DB } from '../../../platform/db/schema';
import { AppError } from '../../../platform/errors';
import type { UseCaseContext } from '../../../platform/http/types';
import { enterpriseEventInsert } from '../../enterprise/timeline';
import { assertEnterpriseInScope, enterpriseToPostFor } from './matching.policy';
import { findEnterprise, findNeed, type NeedRow } from './need.repository';

const refuse = (field: string, message: string) => new AppError('VALIDATION_FAILED', message, [{ field, message }]);

/** Posts a technology need (docs/rules.md §5.1.2): by the enterprise, or staff for it; history, timeline, audit. */
export async function postNeed(db: Kysely<DB>, { auth, actor }: UseCaseContext, input: TNeedInput): Promise<NeedRow> {
  const enterpriseId = enterpriseToPostFor(auth, input.enterpriseId);
  const id = await db.transaction().execute(async (trx) => {
    const enterprise = await findEnterprise(trx, enterpriseId);
    if (!enterprise) throw refuse('enterpriseId', `企业：编号 ${enterpriseId} 不在企业名录中`);
    assertEnterpriseInScope(auth, enterprise);
    const field = await trx
      .selectFrom('dict_item')
      .select('label')
      .where('type_code', '=', 'commissioner_field')
      .where('value', '=', input.field)
      .where('status', '=', 'active')
      .executeTakeFirst();
    if (!field) throw refuse('field', `技术领域：“${input.field}”不是有效选项`);
    const row = await trx
      .insertInto('commissioner_need')
      .values({
        region_code: enterprise.region_code,
        enterprise_id: enterprise.id,
        field: input.field,
        problem: input.problem,
        contact_name: input.contactName,
        contact_phone: input.contactPhone,
        desired_on: input.desiredOn ?? null,
        created_by: actor.id,
        updated_by: actor.id,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await trx
      .insertInto('commissioner_need_history')
      .values({
        need_id: row.id,
        region_code: row.region_code,
        from_state: null,
        to_state: 'open',
        note: null,
        actor_id: actor.id,
        actor_name: actor.name,
      })
      .execute();
    const event = enterpriseEventInsert(trx, actor, {
      enterpriseId: enterprise.id,
      regionCode: enterprise.region_code,
      module: 'commissioner',
      kind: 'need-posted',
      title: `发布技术需求（${field.label}）`,
      detail: input.problem,
      ref: { type: 'commissioner_need', id: row.id },
    });
    await writeAudit(
      trx,
      actor,
      {
        action: 'commissioner.need.create',
        objectType: 'commissioner_need',
        objectId: row.id,
        regionCode: row.region_code,
        after: row,
      },
      { alongside: [event] },
    );
    return row.id;
  });
  return (await findNeed(db, id))!;
}

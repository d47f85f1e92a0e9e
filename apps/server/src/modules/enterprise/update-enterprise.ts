import type { Kysely, Selectable } from 'kysely';
import { ENTERPRISE_FIELD_LABELS, type TEnterpriseInput } from '@kechuang/domain';
import { writeAudit } from '../../platform/audit/audit.writer';
import type { DB } from '../../platform/db/schema';
import { updateVersioned } from '../../platform/db/versioned-update';
import { AppError } from '../../platform/errors';
import type { UseCaseContext } from '../../platform/http/types';
import {
  acceptUniqueCreditCode,
  assertTownshipInCounty,
  checkEnterpriseReferences,
  enterpriseColumns,
} from './enterprise-input';
import { assertCanUpdate, assertMayEditFields } from './enterprise.policy';
import { enterpriseDisplayColumns, type EnterpriseRow } from './enterprise.repository';
import type { EnterpriseTable } from './enterprise.tables';
import { readEnterprise } from './read-enterprise';
import { enterpriseEventInsert } from './timeline';

export interface EnterpriseChange {
  id: number;
  /** The version the user read (optimistic locking). */
  version: number;
  /** The fields to change; a field not given is left as it is. */
  patch: Partial<TEnterpriseInput>;
}

/**
 * Changes an enterprise under optimistic locking; the timeline lists the fields that changed. Four statements
 * for an edit that gives no code (bench/FINDINGS.md F9): BEGIN, the update — which locks the row, returns it as
 * it was and after, locks the region's audit chain and computes the names and tiers of the answer — the audit
 * append with the timeline row, COMMIT. Codes given are read (and a credit code's holder) before the update.
 * Access is decided on the locked row as it was, with no read of its own; a refusal rolls the update back.
 */
export async function updateEnterprise(
  db: Kysely<DB>,
  { auth, actor }: UseCaseContext,
  change: EnterpriseChange,
): Promise<EnterpriseRow> {
  const { id, version } = change;
  // Which fields the user may change is decided before anything is read or written (a staff field: 400).
  const { bySelf } = assertMayEditFields(auth, id, change.patch);
  try {
    return await db.transaction().execute(async (trx) => {
      const { input: patch, townshipCounty } = await checkEnterpriseReferences(trx, change.patch);
      const set: Record<string, unknown> = enterpriseColumns(patch);
      if (patch.creditCode !== undefined) {
        Object.assign(set, await acceptUniqueCreditCode(trx, patch.creditCode, patch.creditCodeOverride, id));
      }
      const { before, after, extra, auditHead } = await updateVersioned<Selectable<EnterpriseTable>>(trx, {
        table: 'enterprise',
        key: 'id',
        id,
        version,
        set,
        what: '企业信息',
        userId: actor.id,
        auditChain: 'region_code',
        select: { as: 'e', columns: enterpriseDisplayColumns('e') },
      });
      assertCanUpdate(auth, before, patch.regionCode);
      // A new township alone must lie in the county the enterprise is in.
      if (!patch.regionCode) assertTownshipInCounty(townshipCounty, before.region_code);
      const changed = Object.keys(set)
        .filter(
          (k) =>
            set[k] !== undefined &&
            JSON.stringify(before[k as keyof typeof before]) !== JSON.stringify(after[k as keyof typeof after]) &&
            !k.startsWith('name_'),
        )
        .map(columnLabel);
      const event = changed.length
        ? [
            enterpriseEventInsert(trx, actor, {
              enterpriseId: id,
              regionCode: after.region_code,
              module: 'enterprise',
              kind: 'updated',
              title: bySelf ? '企业更新本企业信息' : '修改企业信息',
              detail: `变更字段：${changed.join('、')}`,
            }),
          ]
        : [];
      // Last: the region's audit chain stays locked from the update to COMMIT.
      await writeAudit(
        trx,
        actor,
        {
          action: bySelf ? 'enterprise.self-update' : 'enterprise.update',
          objectType: 'enterprise',
          objectId: id,
          regionCode: after.region_code,
          before,
          after,
        },
        { head: auditHead!, alongside: event },
      );
      return { ...after, ...extra } as EnterpriseRow;
    });
  } catch (e) {
    // A stale version of a row the user may not see is a 404/403 like any other access, not a 409.
    if (e instanceof AppError && e.code === 'VERSION_CONFLICT') await readEnterprise(db, auth, id);
    throw e;
  }
}

/** A column in the user's words for the timeline: contact_phone → 联系电话. */
function columnLabel(column: string): string {
  const field = column.replace(/_([a-z])/g, (_m, c: string) => c.toUpperCase()) as keyof TEnterpriseInput;
  return ENTERPRISE_FIELD_LABELS[field] ?? column;
}

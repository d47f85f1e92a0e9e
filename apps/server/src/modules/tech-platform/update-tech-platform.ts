import type { Kysely, Selectable } from 'kysely';
import {
  changeDueOn,
  chinaToday,
  owesChangeReports,
  reportableChanges,
  type TechPlatformState,
  type TTechPlatformPatch,
} from '@kechuang/domain';
import { writeAudit } from '../../platform/audit/audit.writer';
import type { DB } from '../../platform/db/schema';
import { updateVersioned } from '../../platform/db/versioned-update';
import { AppError } from '../../platform/errors';
import type { UseCaseContext } from '../../platform/http/types';
import { readTechPlatform } from './read-tech-platform';
import {
  assertCounty,
  assertDates,
  assertKindAndLevel,
  assertOperator,
  resolveMembers,
  techPlatformColumns,
  type MemberRow,
} from './tech-platform-input';
import { assertCanChange } from './tech-platform.policy';
import { enterprisesByIds } from './tech-platform.repository';
import type { TechPlatformTable } from './tech-platform.tables';

export interface TechPlatformChange {
  id: number;
  version: number;
  patch: TTechPlatformPatch;
  /** 变更日期 of a reportable change; today when not given. */
  changedOn?: string;
}

/**
 * Edits a platform under optimistic locking (a stale version is 409 and writes nothing). The merged platform is
 * checked as a whole (operator, members, dates against its status). A change of name, operator, area or site of a
 * recognised incubator or 众创空间 is recorded as a 变更 entry due for reporting (docs/rules.md §5.4). The audit
 * row with before and after is the transaction's last write.
 */
export async function updateTechPlatform(db: Kysely<DB>, { auth, actor }: UseCaseContext, c: TechPlatformChange) {
  const { patch } = c;
  // Read first (404/403 before anything else), then check the platform as it will be.
  const { row: current } = await readTechPlatform(db, auth, c.id);
  assertCanChange(auth, current, patch.regionCode);
  if (patch.regionCode) await assertCounty(db, patch.regionCode);
  await assertKindAndLevel(db, patch.kind, patch.level);
  const kind = patch.kind ?? current.kind;
  const operatorGiven = patch.enterpriseId !== undefined || patch.operatorName !== undefined;
  const operator = operatorGiven
    ? { enterpriseId: patch.enterpriseId ?? null, operatorName: patch.operatorName ?? null }
    : { enterpriseId: current.enterprise_id, operatorName: current.operator_name };
  if (operatorGiven) await assertOperator(db, auth, operator);
  let members: MemberRow[] | undefined;
  if (patch.members !== undefined) members = await resolveMembers(db, auth, kind, patch.members);
  else if (patch.kind !== undefined) {
    // A kind changed away from 联盟 keeps no members.
    const { members: kept } = await readTechPlatform(db, auth, c.id);
    if (kept.length) members = await resolveMembers(db, auth, kind, kept);
  }
  const merged = {
    status: current.status as TechPlatformState,
    preparingFrom: patch.preparingFrom !== undefined ? patch.preparingFrom : current.preparing_from,
    establishedOn: patch.establishedOn !== undefined ? patch.establishedOn : current.established_on,
    recognizedOn: patch.recognizedOn !== undefined ? patch.recognizedOn : current.recognized_on,
    documentNo: patch.documentNo !== undefined ? patch.documentNo : current.document_no,
  };
  assertDates(merged);
  const afterOperatorName = operator.enterpriseId
    ? operator.enterpriseId === current.enterprise_id
      ? current.enterprise_name
      : ((await enterprisesByIds(db, [operator.enterpriseId]))[0]?.name ?? null)
    : operator.operatorName;

  try {
    await db.transaction().execute(async (trx) => {
      const set = {
        ...techPlatformColumns(patch),
        ...(operatorGiven
          ? {
              enterprise_id: operator.enterpriseId,
              operator_name: operator.enterpriseId ? null : operator.operatorName,
            }
          : {}),
      };
      const { before, after, auditHead } = await updateVersioned<Selectable<TechPlatformTable>>(trx, {
        table: 'tech_platform',
        key: 'id',
        id: c.id,
        version: c.version,
        set,
        what: '创新平台',
        userId: actor.id,
        auditChain: 'region_code',
      });
      assertCanChange(auth, before, patch.regionCode);
      if (members !== undefined) {
        await trx.deleteFrom('tech_platform_member').where('platform_id', '=', c.id).execute();
        if (members.length) {
          await trx
            .insertInto('tech_platform_member')
            .values(members.map((m) => ({ ...m, platform_id: c.id, region_code: after.region_code })))
            .execute();
        }
      }
      const changes = owesChangeReports(before)
        ? reportableChanges(
            {
              name: before.name,
              operator: current.enterprise_name ?? before.operator_name,
              siteArea: before.site_area,
              address: before.address,
            },
            { name: after.name, operator: afterOperatorName, siteArea: after.site_area, address: after.address },
          )
        : [];
      const changedOn = c.changedOn ?? chinaToday();
      if (changes.length) {
        await trx
          .insertInto('tech_platform_change')
          .values(
            changes.map((ch) => ({
              platform_id: c.id,
              region_code: after.region_code,
              change_type: ch.type,
              changed_on: changedOn,
              due_on: changeDueOn(changedOn),
              detail: ch.detail.slice(0, 500),
              created_by: actor.id,
              updated_by: actor.id,
            })),
          )
          .execute();
      }
      // Last: the region's audit chain stays locked from the update to COMMIT.
      await writeAudit(
        trx,
        actor,
        {
          action: 'tech-platform.update',
          objectType: 'tech_platform',
          objectId: c.id,
          regionCode: after.region_code,
          before,
          after: members ? { ...after, members } : after,
          details: changes.length ? { changes, changedOn } : undefined,
        },
        { head: auditHead! },
      );
    });
  } catch (e) {
    // A stale version of a row the user may not see is a 404/403 like any other access, not a 409.
    if (e instanceof AppError && e.code === 'VERSION_CONFLICT') await readTechPlatform(db, auth, c.id);
    throw e;
  }
}

import type { Kysely } from 'kysely';
import type { z } from 'zod';
import type { ZUpdateApplicationRequest } from '@kechuang/domain';
import { writeAudit } from '../../platform/audit/audit.writer';
import type { DB } from '../../platform/db/schema';
import { updateVersioned } from '../../platform/db/versioned-update';
import type { UseCaseContext } from '../../platform/http/types';
import { assertEditable, assertFormData } from './application-rules';
import { applicantActor } from './project.policy';
import { readApplication } from './read-application';

/** The applicant (or staff on its behalf) edits a draft or returned application under optimistic locking. */
export async function updateApplication(
  db: Kysely<DB>,
  { auth, actor }: UseCaseContext,
  { id, ...patch }: z.infer<typeof ZUpdateApplicationRequest> & { id: number },
): Promise<void> {
  const a = await readApplication(db, auth, id);
  const { onBehalf } = applicantActor(auth, a);
  assertEditable(a.state);
  if (patch.data) assertFormData(a.form, patch.data);
  const set = {
    title: patch.title,
    requested_amount: patch.requestedAmount,
    data: patch.data === undefined ? undefined : JSON.stringify(patch.data),
  };
  await db.transaction().execute(async (trx) => {
    const { before, after } = await updateVersioned<Record<string, unknown>>(trx, {
      table: 'project_application',
      key: 'id',
      id: a.id,
      version: patch.version,
      set,
      what: '申报书',
      userId: actor.id,
    });
    if (before.state !== a.state) assertEditable(String(before.state));
    await writeAudit(trx, actor, {
      action: 'project.application.update',
      objectType: 'project_application',
      objectId: a.id,
      regionCode: String(after.region_code),
      before,
      after,
      details: { onBehalf },
    });
  });
}

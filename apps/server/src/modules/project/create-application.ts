import type { Kysely } from 'kysely';
import type { z } from 'zod';
import type { ZCreateApplicationRequest } from '@kechuang/domain';
import type { DB } from '../../platform/db/schema';
import { AppError, notFound } from '../../platform/errors';
import type { UseCaseContext } from '../../platform/http/types';
import { findApplicant } from './application.repository';
import { findCall } from './call.repository';
import { applicantActor, canSeeCall } from './project.policy';
import { startApplication } from './start-application';

/**
 * An enterprise's user, or staff on its behalf within their region, starts a draft application to a call the user
 * can see (at most one live application per call and enterprise); returns its id.
 */
export async function createApplication(
  db: Kysely<DB>,
  { auth, actor }: UseCaseContext,
  input: z.infer<typeof ZCreateApplicationRequest>,
): Promise<number> {
  const enterpriseId = input.enterpriseId ?? auth.enterpriseId;
  if (!enterpriseId) {
    throw new AppError('VALIDATION_FAILED', '请选择申报单位', [{ field: 'enterpriseId', message: '请选择申报单位' }]);
  }
  const enterprise = await findApplicant(db, enterpriseId);
  if (!enterprise) throw notFound('申报单位');
  const { onBehalf } = applicantActor(auth, { enterprise_id: enterprise.id, region_code: enterprise.region_code });
  const call = await findCall(db, input.callId);
  if (!call || !canSeeCall(auth, call)) throw notFound('项目批次');
  const { title, requestedAmount, data } = input;
  return db
    .transaction()
    .execute((trx) => startApplication(trx, actor, { call, enterprise, title, requestedAmount, data, onBehalf }));
}

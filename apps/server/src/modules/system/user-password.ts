import type { Kysely } from 'kysely';
import { checkPasswordStrength } from '@kechuang/domain';
import type { DB } from '../../platform/db/schema';
import { AppError } from '../../platform/errors';
import { getSecurityPolicy } from '../../platform/params/params.repository';

/** Refuses a password the security policy does not accept for the user, naming the field. */
export async function assertPasswordAcceptable(
  db: Kysely<DB>,
  password: string,
  username: string,
  field: string,
): Promise<void> {
  const problems = checkPasswordStrength(password, username, (await getSecurityPolicy(db)).password);
  if (problems.length) {
    throw new AppError(
      'VALIDATION_FAILED',
      problems.join('；'),
      problems.map((message) => ({ field, message })),
    );
  }
}

import type { TBidMember } from '@kechuang/domain';
import { personalData } from '../../../platform/crypto/personal-data';
import { AppError } from '../../../platform/errors';

/** A 400 naming one field. */
export function refuse(field: string, message: string): AppError {
  return new AppError('VALIDATION_FAILED', message, [{ field, message }]);
}

/** A team member as stored: the phone sealed at rest (docs/rules.md §6.4). */
export function sealMember(m: TBidMember) {
  return {
    name: m.name,
    title: m.title ?? null,
    unit: m.unit ?? null,
    role: m.role,
    phone: m.phone ? personalData().seal(m.phone) : null,
  };
}

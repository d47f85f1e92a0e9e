import { maskPhone, type TUser } from '@kechuang/domain';
import type { UserWithRoles } from './user.repository';

/** Row → API shape; the password hash never leaves, and the phone is masked. */
export function presentUser(u: UserWithRoles): TUser {
  return {
    id: u.id,
    username: u.username,
    displayName: u.display_name,
    phone: maskPhone(u.phone),
    regionCode: u.region_code,
    regionName: u.region_name ?? u.region_code,
    enterpriseId: u.enterprise_id,
    roles: u.roles,
    status: u.status,
    locked: !!u.locked_until && u.locked_until.getTime() > Date.now(),
    mustChangePassword: u.must_change_password,
    totpEnrolled: !!u.totp_enrolled,
    lastLoginAt: u.last_login_at ? u.last_login_at.toISOString() : null,
    createdAt: u.created_at.toISOString(),
    version: u.version,
  };
}

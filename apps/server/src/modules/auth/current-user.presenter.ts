import { menuOf, type TCurrentUser } from '@kechuang/domain';
import type { AuthContext } from '../../platform/http/types';

/** The signed-in user as the web sees them, with the menu their permissions allow. */
export function presentCurrentUser(auth: AuthContext, regionName: string | undefined): TCurrentUser {
  return {
    id: auth.userId,
    username: auth.username,
    displayName: auth.displayName,
    roles: auth.roles,
    permissions: [...auth.permissions].sort(),
    regionCode: auth.regionCode,
    regionName: regionName ?? auth.regionCode,
    scopePrefix: auth.scopePrefix,
    enterpriseId: auth.enterpriseId,
    mustChangePassword: auth.mustChangePassword,
    totpEnrolled: !!auth.totpEnrolled,
    mustEnrolTotp: !!auth.mustEnrolTotp,
    menu: menuOf(auth.permissions),
  };
}

import { inScope, regionScopePrefix } from '../../platform/auth/region-scope';
import { AppError } from '../../platform/errors';
import type { AuthContext } from '../../platform/http/types';

/**
 * A target is set by a region that strictly contains the target's region (the city for its counties, the
 * province for its cities): a region cannot set its own target, nor one outside its scope.
 */
export function assertCanSetTarget(auth: AuthContext, regionCode: string): void {
  if (!inScope(auth.scopePrefix, regionCode)) {
    throw new AppError('OUT_OF_SCOPE', `区划 ${regionCode} 不在您的管辖范围内，不能为其下达目标`);
  }
  if (regionScopePrefix(regionCode).length <= auth.scopePrefix.length) {
    throw new AppError('FORBIDDEN', '指标目标由上级区划下达，本级只能查看、不能修改自己的目标');
  }
}

/** A hand-entered value is kept for the user's region or one inside it. */
export function assertCanEnterValue(auth: AuthContext, regionCode: string): void {
  if (!inScope(auth.scopePrefix, regionCode)) {
    throw new AppError('OUT_OF_SCOPE', `区划 ${regionCode} 不在您的管辖范围内`);
  }
}

/** A template kept by a region is edited by that region's staff; a built-in template is copied, never edited. */
export function assertCanEditTemplate(auth: AuthContext, t: { built_in: boolean; region_code: string }): void {
  if (t.built_in) throw new AppError('FORBIDDEN', '内置指标模板不能直接修改，请先复制为本区划的模板再修改');
  if (t.region_code !== auth.regionCode) {
    throw new AppError('FORBIDDEN', '只能修改本区划的指标模板');
  }
}

/** Changing a hand value's evidence files: the value-entry permission and the value's region in scope. */
export function assertCanChangeValueFiles(auth: AuthContext, regionCode: string): void {
  if (!auth.permissions.has('indicator:value:write')) throw new AppError('FORBIDDEN', '您没有录入指标值的权限');
  assertCanEnterValue(auth, regionCode);
}

import { inScope } from '../../platform/auth/region-scope';
import { assertInScope, holds, rowScope, type RowScope } from '../../platform/auth/row-scope';
import { AppError, forbidden } from '../../platform/errors';
import type { AuthContext } from '../../platform/http/types';

/** Who reads which 科技服务活动: staff and leaders those of their region (by region-code prefix). */
export function serviceEventScope(auth: AuthContext): RowScope {
  return rowScope(auth, { region: ['service-event:read'] });
}

/** Events are scoped by their region (`scopeFilter`), the table called `e`; attendees by their event's, `a`. */
export const SERVICE_EVENT_COLUMNS = { region: 'e.region_code' } as const;
export const ATTENDEE_COLUMNS = { region: 'a.region_code' } as const;

/** Refuses reading an event outside the scope (another county). */
export function assertCanRead(scope: RowScope, row: { region_code: string }): void {
  assertInScope(scope, row, '该科技服务活动');
}

/** Refuses writing into a region outside the user's (the route already required service-event:write). */
export function assertCanWrite(auth: AuthContext, regionCode: string): void {
  if (!inScope(auth.scopePrefix, regionCode)) {
    throw new AppError('OUT_OF_SCOPE', `所属县区 ${regionCode} 不在您的管辖范围内`);
  }
}

/** A change to an event (its fields, status or attendees), decided on the row as it was. */
export function assertCanUpdate(auth: AuthContext, before: { region_code: string }, regionCode?: string): void {
  assertCanRead(serviceEventScope(auth), before);
  assertCanWrite(auth, regionCode ?? before.region_code);
}

/** Adding or removing an event's files (the kit's routes only require a session): service-event:write, in scope. */
export function assertCanChangeFiles(auth: AuthContext, row: { region_code: string }): void {
  if (!holds(auth, 'service-event:write')) throw forbidden();
  assertCanUpdate(auth, row);
}

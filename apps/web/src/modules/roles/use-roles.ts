import { useEffect, useState } from 'react';
import type { TRole } from '@kechuang/domain';
import { rolesApi } from './roles.api';

/** The roles the server defines (names in Chinese), for selects and role tags. */
export function useRoles(): TRole[] {
  const [roles, setRoles] = useState<TRole[]>([]);
  useEffect(() => {
    let live = true;
    rolesApi.list().then(
      (rows) => live && setRoles(rows),
      () => live && setRoles([]),
    );
    return () => {
      live = false;
    };
  }, []);
  return roles;
}

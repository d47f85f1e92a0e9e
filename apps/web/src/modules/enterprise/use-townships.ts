import { useEffect, useState } from 'react';
import type { TRegion } from '@kechuang/domain';
import { regionsApi } from '../regions/regions.api';

/** Townships (乡镇) of a county, for the register's filters and forms; empty until a county is known. */
export function useTownships(countyCode: string | undefined): TRegion[] {
  const [items, setItems] = useState<TRegion[]>([]);
  useEffect(() => {
    // A city- or province-level account has no single county: the township choice then waits for one.
    if (!countyCode || countyCode.length !== 6 || countyCode.endsWith('00')) {
      setItems([]);
      return;
    }
    let live = true;
    regionsApi.children(countyCode).then(
      (rows) => live && setItems(rows.filter((r) => r.level === 'township')),
      () => live && setItems([]),
    );
    return () => {
      live = false;
    };
  }, [countyCode]);
  return items;
}

import { useEffect, useState } from 'react';
import type { TLiaisonCadre } from '@kechuang/domain';
import { liaisonApi } from './liaison.api';

/** The users who may be named lead cadre in the user's region (staff and leaders). */
export function useCadres(): TLiaisonCadre[] {
  const [items, setItems] = useState<TLiaisonCadre[]>([]);
  useEffect(() => {
    let live = true;
    liaisonApi.cadres().then(
      (rows) => live && setItems(rows),
      () => live && setItems([]),
    );
    return () => {
      live = false;
    };
  }, []);
  return items;
}

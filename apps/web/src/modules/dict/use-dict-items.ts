import { useEffect, useState } from 'react';
import type { TDictItem } from '@kechuang/domain';
import { loadDict } from './dict.api';

/** The active items of a server dictionary (字典), for selects and table value labels. */
export function useDictItems(type: string): TDictItem[] {
  const [items, setItems] = useState<TDictItem[]>([]);
  useEffect(() => {
    let live = true;
    loadDict(type).then(
      (rows) => live && setItems(rows),
      () => live && setItems([]),
    );
    return () => {
      live = false;
    };
  }, [type]);
  return items;
}

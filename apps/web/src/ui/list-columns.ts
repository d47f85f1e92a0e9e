import { useMemo, useState } from 'react';
import type { ColumnsState, ProColumns } from '@ant-design/pro-components';

/** Width assumed for a column that states none (the table is sized from its visible columns). */
const DEFAULT_WIDTH = 120;
/** antd's row-selection checkbox column. */
const SELECTION_WIDTH = 48;

export interface ListColumnsOptions {
  /** Column keys (`key` or `dataIndex`) hidden by default; the user can show them through the column chooser. */
  hidden?: readonly string[];
  /** The table has row selection (its checkbox column takes width too). */
  selectable?: boolean;
}

/** ProTable gives a fixed column without a width 200 px. */
function widthOf<T>(c: ProColumns<T>): number {
  if (typeof c.width === 'number') return c.width;
  return c.fixed ? 200 : DEFAULT_WIDTH;
}

type StateMap = Record<string, ColumnsState>;

/** A column's key as ProTable's column chooser knows it: `key`, else `dataIndex`, else its title. */
function keyOf<T>(c: ProColumns<T>): string {
  if (c.key !== undefined && c.key !== null) return String(c.key);
  if (Array.isArray(c.dataIndex)) return c.dataIndex.join('.');
  if (c.dataIndex !== undefined) return String(c.dataIndex);
  return typeof c.title === 'string' ? c.title : 'column';
}

/** ProTable takes a column's fixed side from the state map, so the map carries it ('left'/'right' only). */
function fixedOf(fixed: ProColumns['fixed']): 'left' | 'right' | undefined {
  return fixed === true ? 'left' : fixed || undefined;
}

function stored(storageKey: string): StateMap {
  try {
    const raw = window.localStorage.getItem(storageKey);
    return raw ? (JSON.parse(raw) as StateMap) : {};
  } catch {
    return {};
  }
}

/**
 * One way for every list to show its key columns at 1366 × 768 without sideways scrolling (issue 22): a default set
 * of visible columns, the rest hidden but offered in ProTable's column chooser (the choice kept in localStorage per
 * list), and `scroll.x` equal to the width of the columns actually shown — so the table only scrolls when the user
 * has chosen more columns than fit, and a fixed 操作 column covers nothing by default.
 *
 * Spread the result into the ProTable: `<ProTable {...useListColumns('project.calls', columns, { hidden: [...] })} />`.
 */
export function useListColumns<T>(id: string, columns: ProColumns<T>[], options: ListColumnsOptions = {}) {
  const storageKey = `kc.columns.${id}`;
  const keyed = columns.map((c) => ({ ...c, key: keyOf(c) }));
  const hiddenKey = (options.hidden ?? []).join('|');
  const defaults = useMemo(() => {
    const hidden = new Set(hiddenKey.split('|'));
    const map: StateMap = {};
    for (const c of keyed) if (!c.hideInTable) map[c.key] = { show: !hidden.has(c.key), fixed: fixedOf(c.fixed) };
    return map;
    // The visible set depends on the column keys only; the column objects are rebuilt on every render.
  }, [hiddenKey, keyed.map((c) => c.key).join('|')]);
  const [chosen, setChosen] = useState<StateMap>(() => stored(storageKey));
  const value = { ...defaults, ...chosen };

  const onChange = (map: StateMap) => {
    setChosen(map);
    try {
      window.localStorage.setItem(storageKey, JSON.stringify(map));
    } catch {
      // A full or blocked storage only loses the remembered choice.
    }
  };

  const width = keyed
    .filter((c) => !c.hideInTable && value[c.key]?.show !== false)
    .reduce((sum, c) => sum + widthOf(c), 0);

  return {
    columns: keyed,
    columnsState: { value, onChange, defaultValue: defaults },
    scroll: { x: width + (options.selectable ? SELECTION_WIDTH : 0) },
  };
}

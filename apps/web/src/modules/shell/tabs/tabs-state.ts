/**
 * The open page tabs (RuoYi's 多页签), as plain data: the shell keeps them in sessionStorage, so they survive a
 * reload but not a new browser tab. A tab is one page (its pathname); it remembers the full URL it was last at.
 */
export interface PageTab {
  /** The pathname: one tab per page. */
  key: string;
  /** Pathname + search, where the tab returns to. */
  url: string;
  /** The page's own name (usePageTitle) for pages the menu does not name; menu pages take the menu label. */
  title?: string;
}

export const HOME_PATH = '/home';
const HOME: PageTab = { key: HOME_PATH, url: HOME_PATH };

/** The home tab first and fixed, whatever was stored. */
export function normalize(tabs: readonly PageTab[]): PageTab[] {
  const rest = tabs.filter((t) => t.key !== HOME_PATH);
  return [tabs.find((t) => t.key === HOME_PATH) ?? HOME, ...rest];
}

/** Shows the page at `pathname + search`: its tab is updated, or a new one is added at the end. */
export function visit(tabs: readonly PageTab[], pathname: string, search: string): PageTab[] {
  const url = pathname + search;
  const at = tabs.findIndex((t) => t.key === pathname);
  if (at < 0) return [...tabs, { key: pathname, url }];
  // The same array when nothing changed, so the shell can tell a visit that adds nothing.
  return tabs[at]!.url === url ? (tabs as PageTab[]) : tabs.map((t, i) => (i === at ? { ...t, url } : t));
}

export function retitle(tabs: readonly PageTab[], key: string, title: string): PageTab[] {
  if (!tabs.some((t) => t.key === key && t.title !== title)) return tabs as PageTab[];
  return tabs.map((t) => (t.key === key ? { ...t, title } : t));
}

export type CloseWhich = 'this' | 'others' | 'left' | 'right' | 'all';

/** Closes tabs around `key`; the home tab always stays. */
export function close(tabs: readonly PageTab[], key: string, which: CloseWhich): PageTab[] {
  const at = tabs.findIndex((t) => t.key === key);
  const keep = (t: PageTab, i: number): boolean => {
    if (t.key === HOME_PATH) return true;
    switch (which) {
      case 'this':
        return t.key !== key;
      case 'others':
        return t.key === key;
      case 'left':
        return i >= at;
      case 'right':
        return i <= at;
      case 'all':
        return false;
    }
  };
  return tabs.filter(keep);
}

/** Where to go when the active tab closed: its right neighbour, else its left one (home at worst). */
export function successor(before: readonly PageTab[], after: readonly PageTab[], closedKey: string): PageTab {
  const at = before.findIndex((t) => t.key === closedKey);
  const right = before.slice(at + 1).find((t) => after.includes(t));
  const left = [...before.slice(0, at)].reverse().find((t) => after.includes(t));
  return right ?? left ?? after[0] ?? HOME;
}

const storageKey = (userId: number) => `kc.tabs.${userId}`;

export function loadTabs(userId: number): PageTab[] {
  try {
    const raw = JSON.parse(sessionStorage.getItem(storageKey(userId)) ?? '[]') as unknown;
    const ok = Array.isArray(raw)
      ? raw.filter((t): t is PageTab => typeof t?.key === 'string' && typeof t?.url === 'string')
      : [];
    return normalize(ok);
  } catch {
    return normalize([]);
  }
}

export function saveTabs(userId: number, tabs: readonly PageTab[]): void {
  sessionStorage.setItem(storageKey(userId), JSON.stringify(tabs));
}

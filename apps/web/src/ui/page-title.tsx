import { createContext, useContext, useEffect, type ReactNode } from 'react';

const SetPageTitle = createContext<(title: string | null) => void>(() => undefined);

/** Lets the pages inside it name the browser tab (the shell passes its own setter). */
export function PageTitleProvider({ set, children }: { set: (title: string | null) => void; children: ReactNode }) {
  return <SetPageTitle.Provider value={set}>{children}</SetPageTitle.Provider>;
}

/**
 * Names the browser tab after what the page shows (申报书 title, enterprise name), for pages the menu does not name:
 * a tab of detail pages all titled 科创 cannot be told apart. Undefined while loading keeps the previous name.
 */
export function usePageTitle(title: string | null | undefined): void {
  const set = useContext(SetPageTitle);
  useEffect(() => {
    if (title) set(title);
  }, [set, title]);
  useEffect(() => () => set(null), [set]);
}

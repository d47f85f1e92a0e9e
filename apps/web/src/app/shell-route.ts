import type { ComponentType, LazyExoticComponent } from 'react';

/** One page inside the signed-in shell; each page is its own chunk, loaded when first opened. */
export interface ShellRoute {
  path: string;
  page: LazyExoticComponent<ComponentType>;
  /** Whether the page is one of the server's menu entries (then only users given that entry see it). */
  inMenu: boolean;
}

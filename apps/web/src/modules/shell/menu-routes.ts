import type { MenuDataItem } from '@ant-design/pro-components';
import type { Lang } from '../../i18n/messages';
import type { NavItem } from '../auth/user-menu';

/**
 * Pages reachable without a menu entry, added hidden so the breadcrumb and page title still work.
 * 任务中心 is a menu entry only for the system admin, but everyone's job messages link to it (own jobs).
 */
const HIDDEN: { path: string; zh: string; en: string }[] = [
  { path: '/messages', zh: '消息', en: 'Messages' },
  { path: '/system/job', zh: '任务中心', en: 'Jobs' },
];

/** The server's (already role-filtered) menu → ProLayout routes in the chosen language. */
export function menuToRoutes(menu: NavItem[], lang: Lang): MenuDataItem[] {
  const walk = (items: NavItem[]): MenuDataItem[] =>
    items.map((m) => ({
      key: m.key,
      path: m.path,
      name: lang === 'en' ? m.labelEn : m.label,
      children: m.children ? walk(m.children) : undefined,
    }));
  const listed = menuPaths(menu);
  const hidden = HIDDEN.filter((h) => !listed.has(h.path));
  return [
    ...walk(menu),
    ...hidden.map((h) => ({ key: h.path, path: h.path, name: lang === 'en' ? h.en : h.zh, hideInMenu: true })),
  ];
}

/** Every leaf path the server put in the user's menu. */
export function menuPaths(menu: NavItem[]): Set<string> {
  const out = new Set<string>();
  const walk = (items: NavItem[]) => items.forEach((m) => (m.children ? walk(m.children) : out.add(m.path)));
  walk(menu);
  return out;
}

/** Path → label of every page in the ProLayout routes (hidden ones too): the page tabs' names. */
export function menuLabels(routes: MenuDataItem[]): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (items: MenuDataItem[]) =>
    items.forEach((r) => {
      if (r.children?.length) walk(r.children);
      else if (r.path && r.name) out.set(r.path, r.name);
    });
  walk(routes);
  return out;
}

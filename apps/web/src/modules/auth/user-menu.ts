import type { MenuItem, TCurrentUser } from '@kechuang/domain';

/** One entry of the menu the server sends (the server keeps the permission keys to itself). */
export type NavItem = Omit<MenuItem, 'permission' | 'children'> & { children?: NavItem[] };

/**
 * The user's menu as a typed tree. The domain's ZMenuItem annotates `children` as `unknown[]`
 * (a recursive zod type needs an explicit annotation); the server builds it from MenuItem, so the cast holds.
 */
export function userMenu(user: TCurrentUser | null): NavItem[] {
  return (user?.menu ?? []) as NavItem[];
}

import { z } from 'zod';

/** One item of 我的待办 as the API answers it (the module kit's TodoItem). */
export const ZTodoItem = z.object({
  key: z.string(),
  /** The kind in the user's words: '待填报', '退回修改', '待评审', '资质到期', '待评价', '待受理'. */
  kind: z.string(),
  title: z.string(),
  detail: z.string().optional(),
  dueOn: z.string().nullable().optional(),
  link: z.string(),
});
export type TTodoItem = z.infer<typeof ZTodoItem>;

/**
 * The order of 我的待办: by due date, the earliest (and the overdue) first, items without a due date last; within
 * a day by kind and title, so the list does not shuffle between loads.
 */
export function sortTodos<T extends TTodoItem>(items: T[]): T[] {
  const due = (t: T) => t.dueOn ?? '9999-12-31';
  return [...items].sort(
    (a, b) =>
      due(a).localeCompare(due(b)) || a.kind.localeCompare(b.kind, 'zh-CN') || a.title.localeCompare(b.title, 'zh-CN'),
  );
}

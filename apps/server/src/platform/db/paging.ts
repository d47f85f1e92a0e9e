import type { SelectQueryBuilder } from 'kysely';

/** A list request's page: 1-based, as ProTable sends it. */
export interface PageRequest {
  current: number;
  pageSize: number;
}

/** Where a page starts, for `offset`. */
export function offsetOf(page: PageRequest): number {
  return (page.current - 1) * page.pageSize;
}

/**
 * The total for a list page. A page that is not empty and not full is the last page, so it already tells the
 * total (offset + rows) and the count query is skipped — the usual case for one enterprise's qualifications.
 */
export async function totalFor(page: PageRequest, rowsOnPage: number, count: () => Promise<number>): Promise<number> {
  if (rowsOnPage > 0 && rowsOnPage < page.pageSize) return offsetOf(page) + rowsOnPage;
  if (rowsOnPage === 0 && page.current === 1) return 0;
  return count();
}

/** A sort a list accepts: the API's field name → the column it orders by (anything else is not sortable). */
export type SortWhitelist = Record<string, string>;

/** The sort of a list request: a whitelisted field and a direction, or the list's default order. */
export interface SortRequest {
  sortField?: string;
  sortOrder?: 'ascend' | 'descend';
}

/**
 * One page of a filtered list query, the one way lists page: the sort from the whitelist (then the id, so pages
 * never overlap), limit and offset, and the total counted only when the page does not tell it.
 * `idColumn` breaks ties ('a.id'); `defaultSort` orders when the request names no sortable field.
 */
export async function listPage<DB, TB extends keyof DB, O>(
  query: SelectQueryBuilder<DB, TB, O>,
  page: PageRequest & SortRequest,
  o: { sortable?: SortWhitelist; defaultSort: [column: string, dir: 'asc' | 'desc']; idColumn: string },
): Promise<{ data: O[]; total: number }> {
  const field = page.sortField ? o.sortable?.[page.sortField] : undefined;
  const [column, dir] = field ? [field, page.sortOrder === 'descend' ? 'desc' : 'asc'] : o.defaultSort;
  const data = await query
    .orderBy(column as never, dir as 'asc' | 'desc')
    .orderBy(o.idColumn as never, dir as 'asc' | 'desc')
    .limit(page.pageSize)
    .offset(offsetOf(page))
    .execute();
  const total = await totalFor(page, data.length, async () => {
    const row = await query
      .clearSelect()
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .executeTakeFirstOrThrow();
    return Number((row as { n: string }).n);
  });
  return { data, total };
}

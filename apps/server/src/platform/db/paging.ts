/** Where a page starts, for `offset`. */
export function offsetOf(page: { current: number; pageSize: number }): number {
  return (page.current - 1) * page.pageSize;
}

/**
 * The total for a list page. A page that is not empty and not full is the last page, so it already tells the
 * total (offset + rows) and the count query is skipped — the usual case for one enterprise's qualifications.
 */
export async function totalFor(
  page: { current: number; pageSize: number },
  rowsOnPage: number,
  count: () => Promise<number>,
): Promise<number> {
  if (rowsOnPage > 0 && rowsOnPage < page.pageSize) return offsetOf(page) + rowsOnPage;
  if (rowsOnPage === 0 && page.current === 1) return 0;
  return count();
}

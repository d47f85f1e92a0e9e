/**
 * LIKE patterns for a user's search keyword. In a keyword, `%`, `_` and `\` are text: a search for "100%" or
 * "A_B" must find those characters, not every row (`%`) or any one character (`_`). They are escaped with `\`,
 * the default escape character of LIKE and ILIKE in PostgreSQL (and PGlite).
 */
export function containing(keyword: string): string {
  return `%${escapeLike(keyword)}%`;
}

/** The pattern for text that begins with the keyword (a credit code or region code typed in part). */
export function startingWith(keyword: string): string {
  return `${escapeLike(keyword)}%`;
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

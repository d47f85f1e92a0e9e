/**
 * A commissioner row as the audit trail keeps it: the sealed ID number stays out (the digest says whether it
 * changed), so the audit log holds no personal number even in sealed form.
 */
export function auditedRow<T extends { id_number_sealed?: string }>(row: T): Omit<T, 'id_number_sealed'> {
  const { id_number_sealed: _sealed, ...rest } = row;
  return rest;
}

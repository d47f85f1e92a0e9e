import dayjs from 'dayjs';

/** `YYYY-MM-DD HH:mm` (docs/architecture.md §7), or a dash for a missing value. */
export function formatDateTime(iso: string | null | undefined): string {
  return iso ? dayjs(iso).format('YYYY-MM-DD HH:mm') : '-';
}

export function formatDateTimeSeconds(iso: string | null | undefined): string {
  return iso ? dayjs(iso).format('YYYY-MM-DD HH:mm:ss') : '-';
}

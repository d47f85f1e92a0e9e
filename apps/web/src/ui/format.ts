import dayjs from 'dayjs';

/** `YYYY-MM-DD HH:mm` (ecosystem.md §1.3), or a dash for a missing value. */
export function formatDateTime(iso: string | null | undefined): string {
  return iso ? dayjs(iso).format('YYYY-MM-DD HH:mm') : '-';
}

export function formatDateTimeSeconds(iso: string | null | undefined): string {
  return iso ? dayjs(iso).format('YYYY-MM-DD HH:mm:ss') : '-';
}

import dayjs from 'dayjs';

/** 2022-07-01 → 2022年7月1日, the way printed notices write dates. */
export const cnDate = (iso: string) => dayjs(iso).format('YYYY年M月D日');

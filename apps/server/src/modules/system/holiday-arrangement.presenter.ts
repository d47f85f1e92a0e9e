import type { THolidayArrangement } from '@kechuang/domain';
import type { HolidayArrangementRow } from '../../platform/calendar';

/** A year's arrangement as the API shows it. */
export const presentHolidayArrangement = (r: HolidayArrangementRow): THolidayArrangement => ({
  year: r.year,
  noticeNo: r.notice_no,
  noticeTitle: r.notice_title,
  noticeUrl: r.notice_url,
  holidays: r.holidays as THolidayArrangement['holidays'],
  updatedAt: new Date(r.updated_at).toISOString(),
  version: r.version,
});

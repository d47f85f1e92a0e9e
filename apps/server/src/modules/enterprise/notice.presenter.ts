import { chinaToday, type TNotice, type TNoticeItem } from '@kechuang/domain';
import type { CheckedNotice, NoticeRow } from './notice.repository';

const statusOf = (n: NoticeRow): TNotice['status'] =>
  n.status === 'draft' ? 'draft' : n.end_date < chinaToday() ? 'ended' : 'publicizing';

/** Row → API shape; a published notice is 公示中 until its end date (Beijing), then ended. */
export function presentNotice(n: NoticeRow, endDateWarning: string | null = null): TNotice {
  return {
    id: n.id,
    title: n.title,
    kind: n.kind,
    basis: n.basis,
    startDate: n.start_date,
    workingDays: n.working_days,
    endDate: n.end_date,
    endDateWarning,
    status: statusOf(n),
    contact: n.contact,
    supervisionPhone: n.supervision_phone,
    issuer: n.issuer,
    items: n.items as TNoticeItem[],
    version: n.version,
  };
}

/** A notice as staff see it, with its end-date warning. */
export function presentCheckedNotice(c: CheckedNotice): TNotice {
  return presentNotice(c.notice, c.endDateWarning);
}

/**
 * 科技服务活动: the kinds an event may be (rows of the `service_event_kind` dictionary, written by the module's
 * migration; staff may add kinds through 字典管理), the kinds the module gives behaviour to, and the event's states.
 */
export const SERVICE_EVENT_KIND_DICT = 'service_event_kind';

/** The kinds the migration writes into the `service_event_kind` dictionary (value → label), in menu order. */
export const SERVICE_EVENT_KIND_LABELS: Record<string, string> = {
  policy_service: '政策宣讲/进企业送服务',
  training: '培训班',
  tech_week: '科技活动周',
  workers_day: '全国科技工作者日',
  popsci_contest: '科普讲解大赛',
  popsci_open_day: '科普开放日',
  other: '其他活动',
};

/** A 培训班: its commissioner attendees are the commissioners trained (docs/rules.md §5.1, training records). */
export const TRAINING_KIND = 'training';
/** A 科普开放日: the only kind that may name its 科普基地 (docs/rules.md §5.7). */
export const POPSCI_OPEN_DAY_KIND = 'popsci_open_day';
/** The tech-platform kind of a 科普基地 (packages/domain/src/tech-platform/tech-platform.enums.ts). */
export const POPSCI_BASE_PLATFORM_KIND = 'popsci_base';

export const SERVICE_EVENT_STATES = ['planned', 'held', 'cancelled'] as const;
export type ServiceEventState = (typeof SERVICE_EVENT_STATES)[number];
export const SERVICE_EVENT_STATE_LABELS: Record<ServiceEventState, string> = {
  planned: '计划',
  held: '已举办',
  cancelled: '取消',
};

/** Who attends: an enterprise of the register (its representative), a commissioner of the roster, a named person. */
export const ATTENDEE_KINDS = ['enterprise', 'commissioner', 'person'] as const;
export type AttendeeKind = (typeof ATTENDEE_KINDS)[number];
export const ATTENDEE_KIND_LABELS: Record<AttendeeKind, string> = {
  enterprise: '企业',
  commissioner: '科技特派员',
  person: '其他人员',
};

/** A commissioner's level as the roster keeps it (docs/rules.md §5.1). */
export const COMMISSIONER_LEVEL_WORDS: Record<string, string> = { province: '省级', city: '市级', county: '县级' };

import type {
  TAddAttendeesRequest,
  TAttendee,
  TPopsciBaseOpenDays,
  TServiceEvent,
  TServiceEventDetail,
  TServiceEventInput,
  TServiceEventTransitionRequest,
  TUpdateServiceEventRequest,
} from '@kechuang/domain';
import { api, type Page } from '../../api/client';
import type { PagedQuery, TableQuery } from '../../ui/table-request';

const EVENTS = '/service-event/events';
/** The list's filters as GET /service-event/events and its export take them. */
export const SERVICE_EVENT_FILTERS = ['keyword', 'year', 'kind', 'status', 'commissionerId', 'ids'] as const;
/** The columns the server sorts by. */
export const SERVICE_EVENT_SORTABLE = ['title', 'startOn', 'updatedAt'] as const;

export interface CommissionerOption {
  id: number;
  name: string;
  level: string;
  batch: string;
  regionCode: string;
}

export const serviceEventApi = {
  list: (query: PagedQuery) => api.get<Page<TServiceEvent>>(EVENTS, query),
  get: (id: number) => api.get<TServiceEventDetail>(`${EVENTS}/${id}`),
  create: (body: TServiceEventInput) => api.post<TServiceEvent>(EVENTS, body),
  update: (id: number, body: TUpdateServiceEventRequest) => api.put<TServiceEvent>(`${EVENTS}/${id}`, body),
  move: (id: number, body: TServiceEventTransitionRequest) =>
    api.post<TServiceEvent>(`${EVENTS}/${id}/transition`, body),
  addAttendees: (id: number, body: Partial<TAddAttendeesRequest>) =>
    api.post<{ added: number }>(`${EVENTS}/${id}/attendees`, body),
  removeAttendee: (id: number, attendeeId: number) => api.del<{ ok: true }>(`${EVENTS}/${id}/attendees/${attendeeId}`),
  attendees: (query: PagedQuery) => api.get<Page<TAttendee>>('/service-event/attendees', query),
  commissioners: (keyword: string) => api.get<CommissionerOption[]>('/service-event/commissioner-options', { keyword }),
  popsciBases: (year: number) => api.get<TPopsciBaseOpenDays[]>('/service-event/popsci-bases', { year }),
  /** The rows the filter matches, as the table shows them (`filter` as the table's request sent it). */
  exportFile: (filter: TableQuery) => api.download(`${EVENTS}/export`, filter),
};

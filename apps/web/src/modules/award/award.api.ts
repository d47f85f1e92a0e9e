import type {
  TAdvanceEntryRequest,
  TAwardHistoryEntry,
  TAwardNomination,
  TAwardNominationInput,
  TAwardProgramme,
  TAwardProgrammeInput,
  TAwardResultRequest,
  TCompetition,
  TCompetitionEntry,
  TCompetitionEntryInput,
  TCompetitionInput,
  TEntryAwardRequest,
  TUpdateAwardNominationRequest,
  TUpdateAwardProgrammeRequest,
  TUpdateCompetitionEntryRequest,
  TUpdateCompetitionRequest,
} from '@kechuang/domain';
import { api, type Page } from '../../api/client';
import type { PagedQuery, TableQuery } from '../../ui/table-request';

const BASE = '/award';
/** Where nominations live on the server (the results import hangs under it). */
export const NOMINATIONS_PATH = `${BASE}/nominations`;
/** Where entries live (the entries import hangs under it). */
export const ENTRIES_PATH = `${BASE}/entries`;

/** The lists' filters as the server takes them (the export takes the same), and the columns it sorts by. */
export const PROGRAMME_FILTERS = ['keyword', 'year', 'level', 'ids'] as const;
export const PROGRAMME_SORTABLE = ['year', 'name', 'updatedAt'] as const;
export const NOMINATION_FILTERS = [
  'keyword',
  'year',
  'programmeId',
  'level',
  'category',
  'state',
  'nomineeKind',
  'ids',
] as const;
export const NOMINATION_SORTABLE = ['nominatedOn', 'announcedOn', 'updatedAt'] as const;
export const COMPETITION_FILTERS = ['keyword', 'year', 'level', 'ids'] as const;
export const COMPETITION_SORTABLE = ['year', 'name', 'updatedAt'] as const;
export const ENTRY_FILTERS = ['keyword', 'year', 'competitionId', 'stage', 'awarded', 'nomineeKind', 'ids'] as const;
export const ENTRY_SORTABLE = ['enteredOn', 'updatedAt'] as const;

export const awardApi = {
  programmes: (query: PagedQuery) => api.get<Page<TAwardProgramme>>(`${BASE}/programmes`, query),
  createProgramme: (body: TAwardProgrammeInput) => api.post<TAwardProgramme>(`${BASE}/programmes`, body),
  updateProgramme: (id: number, body: TUpdateAwardProgrammeRequest) =>
    api.put<TAwardProgramme>(`${BASE}/programmes/${id}`, body),

  nominations: (query: PagedQuery) => api.get<Page<TAwardNomination>>(NOMINATIONS_PATH, query),
  createNomination: (body: TAwardNominationInput) => api.post<TAwardNomination>(NOMINATIONS_PATH, body),
  updateNomination: (id: number, body: TUpdateAwardNominationRequest) =>
    api.put<TAwardNomination>(`${NOMINATIONS_PATH}/${id}`, body),
  recordResult: (id: number, body: TAwardResultRequest) =>
    api.post<TAwardNomination>(`${NOMINATIONS_PATH}/${id}/result`, body),
  nominationHistory: (id: number) => api.get<TAwardHistoryEntry[]>(`${NOMINATIONS_PATH}/${id}/history`),
  exportNominations: (filter: TableQuery) => api.download(`${NOMINATIONS_PATH}/export`, filter),

  competitions: (query: PagedQuery) => api.get<Page<TCompetition>>(`${BASE}/competitions`, query),
  createCompetition: (body: TCompetitionInput) => api.post<TCompetition>(`${BASE}/competitions`, body),
  updateCompetition: (id: number, body: TUpdateCompetitionRequest) =>
    api.put<TCompetition>(`${BASE}/competitions/${id}`, body),

  entries: (query: PagedQuery) => api.get<Page<TCompetitionEntry>>(`${ENTRIES_PATH}`, query),
  createEntry: (body: TCompetitionEntryInput) => api.post<TCompetitionEntry>(`${ENTRIES_PATH}`, body),
  updateEntry: (id: number, body: TUpdateCompetitionEntryRequest) =>
    api.put<TCompetitionEntry>(`${ENTRIES_PATH}/${id}`, body),
  advanceEntry: (id: number, body: TAdvanceEntryRequest) =>
    api.post<TCompetitionEntry>(`${ENTRIES_PATH}/${id}/advance`, body),
  awardEntry: (id: number, body: TEntryAwardRequest) =>
    api.post<TCompetitionEntry>(`${ENTRIES_PATH}/${id}/award`, body),
  entryHistory: (id: number) => api.get<TAwardHistoryEntry[]>(`${ENTRIES_PATH}/${id}/history`),
  exportEntries: (filter: TableQuery) => api.download(`${ENTRIES_PATH}/export`, filter),
};

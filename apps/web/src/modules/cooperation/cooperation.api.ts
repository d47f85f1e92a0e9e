import type {
  TCoopAgreement,
  TCoopAgreementDetail,
  TCoopAgreementInput,
  TCoopMilestone,
  TCoopMilestoneInput,
  TCoopOutput,
  TCoopOutputInput,
  TCoopOutputRow,
  TCoopPartner,
  TCoopPartnerInput,
  TCoopProject,
  TCoopProjectDetail,
  TCoopProjectInput,
  TCoopTransitionRequest,
  TUpdateCoopAgreementRequest,
  TUpdateCoopPartnerRequest,
  TUpdateCoopProjectRequest,
} from '@kechuang/domain';
import { api, type Page } from '../../api/client';
import type { PagedQuery, TableQuery } from '../../ui/table-request';

/** Where the module lives on the server (the projects' import endpoints hang under its path). */
export const COOP_PROJECTS_PATH = '/cooperation/projects';
const AGREEMENTS = '/cooperation/agreements';
const PARTNERS = '/cooperation/partners';

/** The lists' filters as the API takes them, and the columns each sorts by. */
export const PROJECT_FILTERS = ['keyword', 'status', 'field', 'year', 'ids'] as const;
export const PROJECT_SORTABLE = ['name', 'startOn', 'endOn', 'updatedAt'] as const;
export const AGREEMENT_FILTERS = ['keyword', 'type', 'status', 'year', 'ids'] as const;
export const AGREEMENT_SORTABLE = ['title', 'signedOn', 'endOn', 'updatedAt'] as const;
export const OUTPUT_FILTERS = ['keyword', 'kind', 'year', 'ids'] as const;
export const PARTNER_FILTERS = ['keyword', 'kind', 'ids'] as const;
export const PARTNER_SORTABLE = ['name', 'updatedAt'] as const;

export const coopProjectApi = {
  list: (query: PagedQuery) => api.get<Page<TCoopProject>>(COOP_PROJECTS_PATH, query),
  get: (id: number) => api.get<TCoopProjectDetail>(`${COOP_PROJECTS_PATH}/${id}`),
  create: (body: TCoopProjectInput) => api.post<TCoopProject>(COOP_PROJECTS_PATH, body),
  update: (id: number, body: TUpdateCoopProjectRequest) => api.put<TCoopProject>(`${COOP_PROJECTS_PATH}/${id}`, body),
  move: (id: number, body: TCoopTransitionRequest) =>
    api.post<TCoopProject>(`${COOP_PROJECTS_PATH}/${id}/transitions`, body),
  addMilestone: (id: number, body: TCoopMilestoneInput) =>
    api.post<TCoopMilestone>(`${COOP_PROJECTS_PATH}/${id}/milestones`, body),
  updateMilestone: (id: number, milestoneId: number, body: TCoopMilestoneInput) =>
    api.put<TCoopMilestone>(`${COOP_PROJECTS_PATH}/${id}/milestones/${milestoneId}`, body),
  addOutput: (id: number, body: TCoopOutputInput) => api.post<TCoopOutput>(`${COOP_PROJECTS_PATH}/${id}/outputs`, body),
  /** Links an output to the 科技成果登记 made from it (the registration's enterprise must be the project's). */
  linkAchievement: (id: number, outputId: number, achievementId: number) =>
    api.put<TCoopOutput>(`${COOP_PROJECTS_PATH}/${id}/outputs/${outputId}/achievement`, { achievementId }),
  exportFile: (filter: TableQuery) => api.download(`${COOP_PROJECTS_PATH}/export`, filter),
  outputs: (query: PagedQuery) => api.get<Page<TCoopOutputRow>>('/cooperation/outputs', query),
};

export const coopAgreementApi = {
  list: (query: PagedQuery) => api.get<Page<TCoopAgreement>>(AGREEMENTS, query),
  get: (id: number) => api.get<TCoopAgreementDetail>(`${AGREEMENTS}/${id}`),
  create: (body: TCoopAgreementInput) => api.post<TCoopAgreement>(AGREEMENTS, body),
  update: (id: number, body: TUpdateCoopAgreementRequest) => api.put<TCoopAgreement>(`${AGREEMENTS}/${id}`, body),
  move: (id: number, body: TCoopTransitionRequest) => api.post<TCoopAgreement>(`${AGREEMENTS}/${id}/transitions`, body),
};

export const coopPartnerApi = {
  list: (query: PagedQuery) => api.get<Page<TCoopPartner>>(PARTNERS, query),
  create: (body: TCoopPartnerInput) => api.post<TCoopPartner>(PARTNERS, body),
  update: (id: number, body: TUpdateCoopPartnerRequest) => api.put<TCoopPartner>(`${PARTNERS}/${id}`, body),
  exportFile: (filter: TableQuery) => api.download(`${PARTNERS}/export`, filter),
};

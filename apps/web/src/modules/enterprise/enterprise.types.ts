import type { z } from 'zod';
import type { THighTechInput, TImportPreview, TTechSmeInput, ZTimelineEvent } from '@kechuang/domain';

// Shapes of enterprise endpoints the domain does not export as types (read from the OpenAPI schema).

export type TTimelineEvent = z.infer<typeof ZTimelineEvent>;

/** GET /enterprises/:id/assessment-prefill: engine inputs built from the register, null without yearly figures. */
export interface TAssessmentPrefill {
  year: number | null;
  techSme: TTechSmeInput | null;
  highTech: THighTechInput | null;
  assumptions: string[];
}

export type PoolTarget = 'high_tech' | 'tech_sme';

/** One row of GET /cultivation-pool. */
export interface TPoolEntry {
  enterpriseId: number;
  name: string;
  townshipName: string | null;
  year: number;
  score: number | null;
  scoreRange: [number, number] | null;
  candidate: boolean;
  lacking: string[];
  summary: string;
}

export interface TPoolResponse {
  target: PoolTarget;
  assumptions: string[];
  data: TPoolEntry[];
}

/** One row of GET /deadlines. */
export interface TDeadline {
  enterpriseId: number;
  enterpriseName: string;
  regionCode: string;
  kind: string;
  title: string;
  due: string;
  daysLeft: number;
  consequence: string;
}

export interface TNoticeItem {
  enterpriseName: string;
  creditCode: string;
  tier: string;
  batch: string | null;
  stage: string;
}

/** GET /notices (the public endpoints return the same without `version`). */
export interface TNotice {
  id: number;
  title: string;
  kind: string;
  basis: string;
  startDate: string;
  workingDays: number;
  endDate: string;
  /** Set when the end date rests on a year whose holiday arrangement is not entered yet, or no longer matches it. */
  endDateWarning: string | null;
  status: 'draft' | 'publicizing' | 'ended';
  contact: string | null;
  supervisionPhone: string | null;
  issuer: string;
  items: TNoticeItem[];
  version: number;
}

export type TPublicNotice = Omit<TNotice, 'version' | 'endDateWarning'>;

export interface CreateNoticeInput {
  title: string;
  basis: string;
  startDate: string;
  workingDays?: number;
  contact?: string | null;
  supervisionPhone?: string | null;
  qualificationIds: number[];
}

/** The result of an enterprise import job: the preview after 'validate', plus created/updated after 'commit'. */
export type TImportJobResult = Omit<TImportPreview, 'jobId'> & { summary: string; created?: number; updated?: number };

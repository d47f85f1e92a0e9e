import { useEffect, useState } from 'react';
import { NOTICE_FROM_STAGE, STAGE_LABELS, TIER_LABELS, type TQualification } from '@kechuang/domain';
import { showError } from '../../../ui/feedback';
import { qualificationApi } from '../qualification.api';

export interface CandidateOption {
  value: number;
  label: string;
}

/** Qualification records a notice may list: those at 推荐 (publishing the notice moves them to 公示). */
export function useNoticeCandidates(): CandidateOption[] {
  const [options, setOptions] = useState<CandidateOption[]>([]);
  useEffect(() => {
    let live = true;
    const label = (q: TQualification) =>
      `${q.enterpriseName} · ${TIER_LABELS[q.tier]} ${q.year}${q.batch ? ` ${q.batch}` : ''} · ${STAGE_LABELS[q.stage]}`;
    qualificationApi
      .list({ stage: NOTICE_FROM_STAGE, pageSize: 200 })
      .then((page) => live && setOptions(page.data.map((q) => ({ value: q.id, label: label(q) }))), showError);
    return () => {
      live = false;
    };
  }, []);
  return options;
}

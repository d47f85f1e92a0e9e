import { useEffect, useState } from 'react';
import { STAGE_LABELS, TIER_LABELS, type TQualification } from '@kechuang/domain';
import { showError } from '../../../ui/feedback';
import { qualificationApi } from '../qualification.api';

export interface CandidateOption {
  value: number;
  label: string;
}

/** Qualification records a notice may list: those at 推荐 or 公示 (the stages a 公示 is published for). */
export function useNoticeCandidates(): CandidateOption[] {
  const [options, setOptions] = useState<CandidateOption[]>([]);
  useEffect(() => {
    let live = true;
    const label = (q: TQualification) =>
      `${q.enterpriseName} · ${TIER_LABELS[q.tier]} ${q.year}${q.batch ? ` ${q.batch}` : ''} · ${STAGE_LABELS[q.stage]}`;
    Promise.all([
      qualificationApi.list({ stage: 'publicizing', pageSize: 200 }),
      qualificationApi.list({ stage: 'recommended', pageSize: 200 }),
    ]).then(
      ([a, b]) => live && setOptions([...a.data, ...b.data].map((q) => ({ value: q.id, label: label(q) }))),
      showError,
    );
    return () => {
      live = false;
    };
  }, []);
  return options;
}

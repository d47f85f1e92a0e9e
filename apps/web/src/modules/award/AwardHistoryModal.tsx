import { useEffect, useState } from 'react';
import { Empty, Modal, Timeline, Typography } from 'antd';
import {
  COMPETITION_STAGE_LABELS,
  NOMINATION_STATE_LABELS,
  type CompetitionStage,
  type NominationState,
  type TAwardHistoryEntry,
} from '@kechuang/domain';
import { showError } from '../../ui/feedback';
import { formatDateTime } from '../../ui/format';
import { awardApi } from './award.api';
import { useAwardLabels } from './use-award-labels';

interface Props {
  subject: 'nomination' | 'entry';
  id: number;
  title: string;
  onClose: () => void;
}

/** 办理记录: the moves of a nomination (推荐 → 结果) or an entry (stages, award), oldest first. */
export function AwardHistoryModal({ subject, id, title, onClose }: Props) {
  const [rows, setRows] = useState<TAwardHistoryEntry[] | null>(null);
  const labels = useAwardLabels();
  useEffect(() => {
    const load = subject === 'nomination' ? awardApi.nominationHistory(id) : awardApi.entryHistory(id);
    load.then(setRows, (e: unknown) => {
      showError(e);
      setRows([]);
    });
  }, [subject, id]);
  // A state, a stage or (for an entry's award) a grade, in the bureau's words.
  const label = (s: string | null) =>
    s === null
      ? ''
      : (NOMINATION_STATE_LABELS[s as NominationState] ??
        COMPETITION_STAGE_LABELS[s as CompetitionStage] ??
        labels.grades[s] ??
        s);
  return (
    <Modal open title={`办理记录 · ${title}`} footer={null} onCancel={onClose} width={560} destroyOnHidden>
      {rows?.length === 0 && <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="暂无记录" />}
      <Timeline
        style={{ marginTop: 16 }}
        items={(rows ?? []).map((h, i) => ({
          key: i,
          children: (
            <div>
              <Typography.Text strong>
                {h.fromState ? `${label(h.fromState)} → ${label(h.toState)}` : label(h.toState)}
              </Typography.Text>
              <div style={{ color: 'rgba(0,0,0,0.55)' }}>
                {formatDateTime(h.at)}
                {h.actorName ? ` · ${h.actorName === 'system' ? '系统' : h.actorName}` : ''}
                {h.detail ? ` · ${h.detail}` : ''}
              </div>
            </div>
          ),
        }))}
      />
    </Modal>
  );
}

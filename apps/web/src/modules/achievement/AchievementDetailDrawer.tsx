import { useCallback, useEffect, useState } from 'react';
import { Alert, Button, Descriptions, Drawer, Empty, Space, Timeline, Typography } from 'antd';
import {
  ACHIEVEMENT_EDITABLE_STATES,
  ACHIEVEMENT_STATE_LABELS,
  achievementMovesFrom,
  type AchievementTransition,
  type TAchievementDetail,
} from '@kechuang/domain';
import { showSuccess } from '../../ui/feedback';
import { formatDateTime } from '../../ui/format';
import { handleMutationError } from '../../ui/mutation-error';
import { useCan } from '../auth/use-can';
import { useSession } from '../auth/use-session';
import { achievementApi } from './achievement.api';
import { AchievementEvidence } from './AchievementEvidence';
import { AchievementMoveModal, type MoveValues } from './AchievementMoveModal';
import { AchievementStateTag } from './state-tag';
import { labelOf, useAchievementDicts } from './use-achievement-dicts';

interface Props {
  id: number;
  onClose: () => void;
  /** Called after a change, so the list reloads. */
  onChanged: () => void;
  onEdit: (detail: TAchievementDetail) => void;
}

/** One registration: the form as entered, its evidence, its history, and the moves the user may make. */
export function AchievementDetailDrawer({ id, onClose, onChanged, onEdit }: Props) {
  const [detail, setDetail] = useState<TAchievementDetail | null>(null);
  const [moving, setMoving] = useState<AchievementTransition | null>(null);
  const staff = useCan('achievement:write');
  const { user } = useSession();
  const dicts = useAchievementDicts();

  const load = useCallback(() => achievementApi.get(id).then(setDetail, (e) => handleMutationError(e)), [id]);
  useEffect(() => {
    void load();
  }, [load]);

  if (!detail) return <Drawer open title="科技成果登记" width={760} onClose={onClose} loading />;
  const isApplicant = staff || (user?.enterpriseId !== null && user?.enterpriseId === detail.enterpriseId);
  const editable = isApplicant && ACHIEVEMENT_EDITABLE_STATES.includes(detail.status);
  const moves = achievementMovesFrom(detail.status).filter((t) => (t.by === 'staff' ? staff : isApplicant));

  const run = async (t: AchievementTransition, v: MoveValues = {}) => {
    try {
      const next =
        t.move === 'register'
          ? await achievementApi.register(detail.id, {
              version: detail.version,
              registrationNo: v.registrationNo ?? '',
              registeredOn: v.registeredOn ?? '',
            })
          : await achievementApi.move(detail.id, t.move, { version: detail.version, comment: v.comment });
      showSuccess(`${t.label}：成果登记已变为“${ACHIEVEMENT_STATE_LABELS[next.status]}”`);
      setDetail(next);
      setMoving(null);
      onChanged();
      return true;
    } catch (e) {
      handleMutationError(e, { reload: load });
      return false;
    }
  };
  const click = (t: AchievementTransition) =>
    t.reasonRequired || t.move === 'register' || t.by === 'staff' ? setMoving(t) : void run(t);
  const d = detail;

  return (
    <Drawer
      open
      title={
        <Space>
          {d.name}
          <AchievementStateTag state={d.status} />
        </Space>
      }
      width={760}
      onClose={onClose}
      extra={
        <Space>
          {editable && <Button onClick={() => onEdit(d)}>修改</Button>}
          {moves.map((t) => (
            <Button
              key={`${t.move}-${t.to}`}
              type={t.reasonRequired ? 'default' : 'primary'}
              danger={t.reasonRequired}
              onClick={() => click(t)}
            >
              {t.label}
            </Button>
          ))}
        </Space>
      }
    >
      {d.status === 'returned' && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          message={`退回原因：${[...d.history].reverse().find((h) => h.to === 'returned')?.comment ?? ''}`}
        />
      )}
      <Descriptions size="small" bordered column={2} labelStyle={{ width: 120, whiteSpace: 'nowrap' }}>
        <Descriptions.Item label="成果类别">{labelOf(dicts.category, d.category)}</Descriptions.Item>
        <Descriptions.Item label="所属县区">{d.regionName}</Descriptions.Item>
        <Descriptions.Item label="第一完成单位" span={2}>
          {d.firstUnitName}
        </Descriptions.Item>
        <Descriptions.Item label="其他完成单位" span={2}>
          {d.otherUnits.join('、') || '—'}
        </Descriptions.Item>
        <Descriptions.Item label="完成人" span={2}>
          {d.completers.map((c) => `${c.order}. ${c.name}${c.unit ? `（${c.unit}）` : ''}`).join('；')}
        </Descriptions.Item>
        <Descriptions.Item label="研究起止">
          {d.researchStart} 至 {d.researchEnd}
        </Descriptions.Item>
        <Descriptions.Item label="成果属性">{labelOf(dicts.attribute, d.attribute)}</Descriptions.Item>
        <Descriptions.Item label="关键词">{d.keywords.join('；')}</Descriptions.Item>
        <Descriptions.Item label="评价方式">{labelOf(dicts.evaluation, d.evaluation)}</Descriptions.Item>
        <Descriptions.Item label="成果水平">{labelOf(dicts.level, d.level)}</Descriptions.Item>
        <Descriptions.Item label="所处阶段">{labelOf(dicts.stage, d.stage)}</Descriptions.Item>
        <Descriptions.Item label="知识产权" span={2}>
          {d.intellectualProperty ?? '—'}
        </Descriptions.Item>
        <Descriptions.Item label="登记号">{d.registrationNo ?? '—'}</Descriptions.Item>
        <Descriptions.Item label="登记日期">{d.registeredOn ?? '—'}</Descriptions.Item>
        <Descriptions.Item label="成果简介" span={2}>
          <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }}>{d.abstract}</Typography.Paragraph>
        </Descriptions.Item>
      </Descriptions>
      <Typography.Title level={5} style={{ marginTop: 16 }}>
        证明材料
      </Typography.Title>
      <AchievementEvidence detail={d} editable={editable} onChanged={() => void load()} />
      <Typography.Title level={5} style={{ marginTop: 16 }}>
        办理记录
      </Typography.Title>
      {d.history.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="尚无办理记录" />
      ) : (
        <Timeline
          items={d.history.map((h) => ({
            color: h.to === 'returned' || h.to === 'revoked' ? 'red' : h.to === 'registered' ? 'green' : 'blue',
            children: (
              <div data-testid="achievement-history">
                <Space size={6} wrap>
                  <Typography.Text strong>{ACHIEVEMENT_STATE_LABELS[h.to]}</Typography.Text>
                  <Typography.Text type="secondary">
                    {formatDateTime(h.at)} · {h.actorName ?? '系统'}
                    {h.onBehalf ? '（代完成单位办理）' : ''}
                  </Typography.Text>
                </Space>
                {h.comment && <div style={{ whiteSpace: 'pre-wrap' }}>{h.comment}</div>}
              </div>
            ),
          }))}
        />
      )}
      {moving && (
        <AchievementMoveModal transition={moving} onClose={() => setMoving(null)} onSubmit={(v) => run(moving, v)} />
      )}
    </Drawer>
  );
}

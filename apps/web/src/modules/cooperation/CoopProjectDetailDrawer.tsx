import { useCallback, useEffect, useState } from 'react';
import { Button, Descriptions, Drawer, Empty, Space, Table, Tag, Timeline, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useNavigate } from 'react-router-dom';
import {
  COOP_PROJECT_MACHINE,
  COOP_PROJECT_STATE_LABELS,
  formatWanAmount,
  type CoopProjectState,
  type TCoopMilestone,
  type TCoopProjectDetail,
} from '@kechuang/domain';
import { showError, showSuccess } from '../../ui/feedback';
import { formatDateTime } from '../../ui/format';
import { handleMutationError } from '../../ui/mutation-error';
import { useCan } from '../auth/use-can';
import { StatusTag, TransitionButtons } from './coop-ui';
import { coopProjectApi } from './cooperation.api';
import { MilestoneModal, OutputModal } from './CoopProgressForms';

interface Props {
  id: number;
  onClose: () => void;
  onChanged: () => void;
}

type Dialog = { kind: 'milestone'; milestone: TCoopMilestone | null } | { kind: 'output' } | null;

/** An amount in 万元 with its unit, or a dash when there is none. */
const wan = (yuan: string | null) => (yuan ? `${formatWanAmount(yuan)} 万元` : '—');

/**
 * The achievement page opened to add a 科技成果 prefilled from an output: staff's register, or the enterprise's own
 * registrations (its only achievement page).
 */
const achievementPrefill = (page: string, p: TCoopProjectDetail, o: TCoopProjectDetail['outputs'][number]) =>
  `${page}?${new URLSearchParams({
    new: '1',
    name: o.title,
    enterpriseId: String(p.enterpriseId),
    completedOn: o.achievedOn,
    // After registering, the achievement module links back: PUT /cooperation/projects/:id/outputs/:outputId/achievement.
    coopProjectId: String(p.id),
    coopOutputId: String(o.id),
  }).toString()}`;

/** A cooperation project: its record, moves, milestones, outputs and history; staff move it, both report progress. */
export function CoopProjectDetailDrawer({ id, onClose, onChanged }: Props) {
  const [p, setP] = useState<TCoopProjectDetail | null>(null);
  const [dialog, setDialog] = useState<Dialog>(null);
  const canWrite = useCan('cooperation:write');
  const isEnterprise = useCan('cooperation:self');
  const achievementPage = useCan('achievement:write') ? '/achievement/records' : '/achievement/mine';
  const navigate = useNavigate();

  const load = useCallback(() => {
    coopProjectApi.get(id).then(setP, showError);
  }, [id]);
  useEffect(load, [load]);

  const changed = () => {
    setDialog(null);
    load();
    onChanged();
  };
  const open = p && (p.status === 'signed' || p.status === 'in_progress');
  const canReport = (canWrite || isEnterprise) && open;

  const move = async (to: CoopProjectState, reason: string | null) => {
    if (!p) return;
    try {
      await coopProjectApi.move(p.id, { to, version: p.version, reason });
      showSuccess(`合作项目已变为“${COOP_PROJECT_STATE_LABELS[to]}”`);
      changed();
    } catch (e) {
      handleMutationError(e, { reload: load });
    }
  };

  return (
    <Drawer title={p ? `合作项目 · ${p.name}` : '合作项目'} open width={760} onClose={onClose} destroyOnHidden>
      {p && (
        <Space direction="vertical" size={20} style={{ width: '100%' }}>
          <Space wrap>
            <StatusTag status={p.status} labels={COOP_PROJECT_STATE_LABELS} />
            {canWrite && <TransitionButtons machine={COOP_PROJECT_MACHINE} status={p.status} onMove={move} />}
          </Space>
          <Descriptions column={2} size="small" bordered>
            <Descriptions.Item label="合作企业">{p.enterpriseName}</Descriptions.Item>
            <Descriptions.Item label="合作院所">{p.partnerName}</Descriptions.Item>
            <Descriptions.Item label="合作领域">{p.fieldLabel ?? p.field}</Descriptions.Item>
            <Descriptions.Item label="所属县区">{p.regionName}</Descriptions.Item>
            <Descriptions.Item label="起止日期">
              {p.startOn} 至 {p.endOn}
            </Descriptions.Item>
            <Descriptions.Item label="结题/终止">
              {p.endedOn ? `${p.endedOn}${p.endReason ? `（${p.endReason}）` : ''}` : '—'}
            </Descriptions.Item>
            <Descriptions.Item label="企业投入">{wan(p.enterpriseAmount)}</Descriptions.Item>
            <Descriptions.Item label="合作院所投入">{wan(p.partnerAmount)}</Descriptions.Item>
            <Descriptions.Item label="政府资金">{wan(p.governmentAmount)}</Descriptions.Item>
            <Descriptions.Item label="合作内容" span={2}>
              {p.content ?? '—'}
            </Descriptions.Item>
          </Descriptions>

          <div>
            <Space style={{ marginBottom: 8 }}>
              <Typography.Title level={5} style={{ margin: 0 }}>
                里程碑
              </Typography.Title>
              {canReport && (
                <Button
                  size="small"
                  icon={<PlusOutlined />}
                  onClick={() => setDialog({ kind: 'milestone', milestone: null })}
                >
                  新增里程碑
                </Button>
              )}
            </Space>
            <Table
              rowKey="id"
              size="small"
              pagination={false}
              dataSource={p.milestones}
              locale={{ emptyText: '暂无里程碑' }}
              columns={[
                { title: '节点', dataIndex: 'title' },
                { title: '计划日期', dataIndex: 'plannedOn', width: 110 },
                { title: '实际完成', dataIndex: 'actualOn', width: 110, render: (v: string | null) => v ?? '—' },
                {
                  title: '状态',
                  dataIndex: 'done',
                  width: 80,
                  render: (done: boolean) => (done ? <Tag color="green">已完成</Tag> : <Tag>未完成</Tag>),
                },
                {
                  title: '操作',
                  width: 70,
                  render: (_v, m: TCoopMilestone) =>
                    canReport && (
                      <Typography.Link onClick={() => setDialog({ kind: 'milestone', milestone: m })}>
                        填报
                      </Typography.Link>
                    ),
                },
              ]}
            />
          </div>

          <div>
            <Space style={{ marginBottom: 8 }}>
              <Typography.Title level={5} style={{ margin: 0 }}>
                合作成果
              </Typography.Title>
              {canReport && (
                <Button size="small" icon={<PlusOutlined />} onClick={() => setDialog({ kind: 'output' })}>
                  登记成果
                </Button>
              )}
            </Space>
            <Table
              rowKey="id"
              size="small"
              pagination={false}
              dataSource={p.outputs}
              locale={{ emptyText: '暂无成果' }}
              columns={[
                { title: '类型', dataIndex: 'kindLabel', width: 90 },
                { title: '成果名称', dataIndex: 'title' },
                { title: '数量', dataIndex: 'count', width: 60, align: 'right' },
                { title: '取得日期', dataIndex: 'achievedOn', width: 110 },
                {
                  title: '科技成果登记',
                  width: 130,
                  render: (_v, o: TCoopProjectDetail['outputs'][number]) =>
                    o.achievementId ? (
                      <Typography.Link onClick={() => navigate(`/achievement/records?ids=${o.achievementId}`)}>
                        已登记（{o.achievementId}）
                      </Typography.Link>
                    ) : (
                      (canWrite || isEnterprise) && (
                        <Typography.Link onClick={() => navigate(achievementPrefill(achievementPage, p, o))}>
                          登记为科技成果
                        </Typography.Link>
                      )
                    ),
                },
              ]}
            />
          </div>

          <div>
            <Typography.Title level={5}>状态记录</Typography.Title>
            {p.history.length === 0 ? (
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} />
            ) : (
              <Timeline
                items={p.history.map((h) => ({
                  key: h.id,
                  children: (
                    <span>
                      {formatDateTime(h.at)} ·{' '}
                      {h.fromState ? `${COOP_PROJECT_STATE_LABELS[h.fromState as CoopProjectState]} → ` : '登记为 '}
                      {COOP_PROJECT_STATE_LABELS[h.toState as CoopProjectState]}
                      {h.actorName ? ` · ${h.actorName === 'system' ? '系统' : h.actorName}` : ''}
                      {h.reason ? ` · ${h.reason}` : ''}
                    </span>
                  ),
                }))}
              />
            )}
          </div>
        </Space>
      )}
      {p && dialog?.kind === 'milestone' && (
        <MilestoneModal
          projectId={p.id}
          milestone={dialog.milestone}
          onClose={() => setDialog(null)}
          onSaved={changed}
        />
      )}
      {p && dialog?.kind === 'output' && (
        <OutputModal projectId={p.id} onClose={() => setDialog(null)} onSaved={changed} />
      )}
    </Drawer>
  );
}

import { useEffect, useState } from 'react';
import { Alert, Button, Card, Descriptions, Drawer, Empty, List, Space, Spin, Tag, Typography } from 'antd';
import type { TNeed, TNeedCandidate } from '@kechuang/domain';
import { showError, showSuccess } from '../../../ui/feedback';
import { handleMutationError } from '../../../ui/mutation-error';
import { matchingApi } from './matching.api';

const LEVEL_LABELS: Record<string, string> = { province: '省级', city: '市级', county: '县级' };

/** The commissioners proposed for a need, best first, each with the reasons; 指派 one. */
export function AssignDrawer({ need, onClose, onSaved }: { need: TNeed; onClose: () => void; onSaved: () => void }) {
  const [candidates, setCandidates] = useState<TNeedCandidate[] | null>(null);
  const [saving, setSaving] = useState<number | null>(null);
  useEffect(() => {
    let live = true;
    matchingApi.proposals(need.id).then(
      (res) => live && setCandidates(res.data),
      (e: unknown) => {
        showError(e);
        if (live) setCandidates([]);
      },
    );
    return () => {
      live = false;
    };
  }, [need.id]);

  const assign = async (c: TNeedCandidate) => {
    setSaving(c.commissionerId);
    try {
      await matchingApi.assign(need.id, { version: need.version, commissionerId: c.commissionerId });
      showSuccess(`已指派科技特派员“${c.name}”，并已通知本人`);
      onSaved();
    } catch (e) {
      handleMutationError(e, { reload: onClose });
    } finally {
      setSaving(null);
    }
  };

  return (
    <Drawer open title={`指派科技特派员 · ${need.enterpriseName}`} width={720} onClose={onClose} destroyOnHidden>
      <Card size="small" style={{ marginBottom: 16 }}>
        <Descriptions column={1} size="small" labelStyle={{ width: 80 }}>
          <Descriptions.Item label="技术领域">{need.fieldLabel ?? need.field}</Descriptions.Item>
          <Descriptions.Item label="问题描述">{need.problem}</Descriptions.Item>
        </Descriptions>
      </Card>
      <Alert
        type="info"
        showIcon
        style={{ marginBottom: 12 }}
        message="推荐范围：在聘科技特派员，本县区优先、其次本市其他县区；按服务领域、专长与问题描述的相符程度和在办需求量排序。"
      />
      {candidates === null ? (
        <Spin />
      ) : candidates.length === 0 ? (
        <Empty description="本市暂无在聘的科技特派员" />
      ) : (
        <List
          dataSource={candidates}
          renderItem={(c, i) => (
            <List.Item
              actions={[
                <Button
                  key="assign"
                  type={i === 0 ? 'primary' : 'default'}
                  loading={saving === c.commissionerId}
                  disabled={saving !== null}
                  onClick={() => assign(c)}
                >
                  指派
                </Button>,
              ]}
            >
              <List.Item.Meta
                title={
                  <Space wrap>
                    <Typography.Text strong>{c.name}</Typography.Text>
                    <Tag>{LEVEL_LABELS[c.level] ?? c.level}</Tag>
                    <Tag color="blue">{c.fieldLabel ?? c.field ?? '领域未填'}</Tag>
                    <Typography.Text type="secondary">{c.unitName}</Typography.Text>
                    <Typography.Text type="secondary">得分 {c.score}</Typography.Text>
                  </Space>
                }
                description={
                  <Space direction="vertical" size={0}>
                    {c.speciality && <span>专长：{c.speciality}</span>}
                    <span>{c.reasons.join('；')}</span>
                  </Space>
                }
              />
            </List.Item>
          )}
        />
      )}
    </Drawer>
  );
}

import { useState } from 'react';
import { Button, Card, Empty, InputNumber, List, Space, Tag, Typography } from 'antd';
import type { TRatableEntry } from '@kechuang/domain';
import { showSuccess } from '../../../ui/feedback';
import { handleMutationError } from '../../../ui/mutation-error';
import { useLoader } from '../../../ui/use-loader';
import { assessmentApi } from './assessment.api';

/** 特派员满意度评价: an enterprise rates the commissioners who served it in an assessed year (§5.1.1). */
export function CommissionerRatings() {
  const [round, setRound] = useState(0);
  const list = useLoader(`ratable-${round}`, () => assessmentApi.ratable());
  const [points, setPoints] = useState<Record<number, number | null>>({});

  const rate = async (e: TRatableEntry) => {
    const p = points[e.entryId] ?? e.myPoints;
    if (p === null || p === undefined) return;
    try {
      await assessmentApi.rate(e.entryId, p);
      showSuccess(`已提交对 ${e.commissionerName} 的评价`);
      setRound((r) => r + 1);
    } catch (err) {
      handleMutationError(err);
    }
  };

  return (
    <Card>
      <List<TRatableEntry>
        loading={list.loading}
        dataSource={list.data ?? []}
        locale={{ emptyText: <Empty description="暂无需要评价的科技特派员" /> }}
        renderItem={(e) => (
          <List.Item>
            <Space wrap style={{ width: '100%', justifyContent: 'space-between' }}>
              <Space direction="vertical" size={0}>
                <Typography.Text strong>{e.commissionerName}</Typography.Text>
                <Typography.Text type="secondary">
                  {e.year} 年度服务满意度（满分 {e.maxPoints} 分）
                </Typography.Text>
              </Space>
              <Space>
                {e.myPoints !== null && <Tag color="green">已评 {e.myPoints} 分</Tag>}
                <InputNumber
                  aria-label={`${e.commissionerName}满意度`}
                  min={0}
                  max={e.maxPoints}
                  step={0.5}
                  disabled={!e.open}
                  value={points[e.entryId] ?? e.myPoints}
                  onChange={(v) => setPoints((p) => ({ ...p, [e.entryId]: v }))}
                />
                <Button type="primary" disabled={!e.open} onClick={() => rate(e)}>
                  提交
                </Button>
              </Space>
            </Space>
          </List.Item>
        )}
      />
    </Card>
  );
}

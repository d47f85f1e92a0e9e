import { useState } from 'react';
import { Button, Card, Empty, List, Space, Spin, Tag, Typography } from 'antd';
import { CameraOutlined, PictureOutlined, PlusOutlined } from '@ant-design/icons';
import type { ServiceLogState, TServiceLog } from '@kechuang/domain';
import { useLoader } from '../../../ui/use-loader';
import { DayCounter } from './DayCounter';
import { serviceLogApi } from './service-log.api';
import { ServiceLogFormDrawer } from './ServiceLogFormDrawer';

export const SERVICE_LOG_STATE_COLORS: Record<ServiceLogState, string> = {
  pending: 'processing',
  confirmed: 'success',
  returned: 'error',
};

type Dialog = { log: TServiceLog | null } | null;

/** 我的服务日志 (docs/rules.md §5.1.1): the day counter, 记一次服务, and the commissioner's own logs, phone first. */
export function MyServiceLogs() {
  const [round, setRound] = useState(0);
  const [page, setPage] = useState(1);
  const summary = useLoader(`mine-${round}`, () => serviceLogApi.mine());
  const logs = useLoader(`logs-${round}-${page}`, () => serviceLogApi.list({ current: page, pageSize: 10 }));
  const [dialog, setDialog] = useState<Dialog>(null);
  const saved = () => {
    setDialog(null);
    setRound((r) => r + 1);
  };
  const counters = summary.data?.counters ?? [];

  return (
    <Space direction="vertical" size={12} style={{ width: '100%', maxWidth: 720 }}>
      {summary.loading && !summary.data ? (
        <Spin />
      ) : counters.length === 0 ? (
        <Card size="small">
          <Typography.Text type="secondary">您的账号尚未关联科技特派员档案，请联系科技局。</Typography.Text>
        </Card>
      ) : (
        counters.map((c) => <DayCounter key={c.commissionerId} counter={c} />)
      )}
      <Button
        type="primary"
        size="large"
        block
        icon={<PlusOutlined />}
        style={{ height: 56, fontSize: 18 }}
        disabled={counters.length === 0}
        onClick={() => setDialog({ log: null })}
      >
        记一次服务
      </Button>
      <Card size="small" title="我的服务日志" styles={{ body: { padding: '0 12px' } }}>
        <List<TServiceLog>
          loading={logs.loading}
          dataSource={logs.data?.data ?? []}
          locale={{ emptyText: <Empty description="还没有服务日志" /> }}
          pagination={
            (logs.data?.total ?? 0) > 10
              ? { current: page, pageSize: 10, total: logs.data?.total, onChange: setPage, size: 'small', simple: true }
              : false
          }
          renderItem={(l) => {
            const editable = l.status !== 'confirmed';
            return (
              <List.Item
                data-testid={`my-log-${l.id}`}
                onClick={editable ? () => setDialog({ log: l }) : undefined}
                style={{ cursor: editable ? 'pointer' : 'default', display: 'block' }}
              >
                <Space style={{ width: '100%', justifyContent: 'space-between' }} align="start">
                  <Space direction="vertical" size={0} style={{ minWidth: 0 }}>
                    <Typography.Text strong>
                      {l.servedOn} · {l.days === 0.5 ? '半天' : '1 天'}
                    </Typography.Text>
                    <Typography.Text ellipsis style={{ maxWidth: 260 }}>
                      {l.objectName}
                    </Typography.Text>
                    <Typography.Text type="secondary" ellipsis style={{ maxWidth: 260 }}>
                      {l.content}
                    </Typography.Text>
                    {l.status === 'returned' && (
                      <Typography.Text type="danger">退回原因：{l.returnReason}</Typography.Text>
                    )}
                  </Space>
                  <Space direction="vertical" size={4} align="end">
                    <Tag color={SERVICE_LOG_STATE_COLORS[l.status]} style={{ marginInlineEnd: 0 }}>
                      {l.statusLabel}
                    </Tag>
                    {l.photos > 0 && (
                      <Typography.Text type="secondary">
                        <PictureOutlined /> {l.photos}
                      </Typography.Text>
                    )}
                  </Space>
                </Space>
              </List.Item>
            );
          }}
        />
      </Card>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        <CameraOutlined /> 待确认和已退回的日志可点开修改；科技局确认后计入服务天数。
      </Typography.Text>
      {dialog && <ServiceLogFormDrawer log={dialog.log} onClose={() => setDialog(null)} onSaved={saved} />}
    </Space>
  );
}

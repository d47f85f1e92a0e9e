import { useEffect, useRef, useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { ProTable, type ActionType } from '@ant-design/pro-components';
import { Button, Empty, List, Modal, Space, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { EDITABLE_STATES, formatWanAmount, type TApplication, type TCall } from '@kechuang/domain';
import { showError } from '../../ui/feedback';
import { formatDateTime } from '../../ui/format';
import { tableRequest } from '../../ui/table-request';
import { projectApi } from './project.api';
import { StateTag } from './state-tag';

/** 我的申报 (enterprise user): the unit's own applications; 新建申报 for a call that is open now. */
export function MyApplicationTable() {
  const actionRef = useRef<ActionType>(undefined);
  const [picking, setPicking] = useState(false);
  const navigate = useNavigate();
  return (
    <>
      <ProTable<TApplication>
        rowKey="id"
        headerTitle="本单位申报书"
        actionRef={actionRef}
        request={tableRequest<TApplication>('/applications')}
        search={false}
        pagination={{ defaultPageSize: 20 }}
        scroll={{ x: 1000 }}
        columns={[
          {
            title: '项目名称',
            dataIndex: 'title',
            width: 280,
            render: (_d, a) => <Link to={`/project/mine/${a.id}`}>{a.title}</Link>,
          },
          { title: '批次', dataIndex: 'callTitle', width: 240, ellipsis: true },
          {
            title: '申请金额（万元）',
            dataIndex: 'requestedAmount',
            width: 130,
            align: 'right',
            render: (_d, a) => formatWanAmount(a.requestedAmount),
          },
          { title: '状态', dataIndex: 'state', width: 100, render: (_d, a) => <StateTag state={a.state} /> },
          { title: '截止时间', dataIndex: 'closesAt', width: 140, render: (_d, a) => formatDateTime(a.closesAt) },
          {
            title: '操作',
            valueType: 'option',
            width: 140,
            render: (_d, a) => (
              <Space size={12}>
                <Link to={`/project/mine/${a.id}`}>查看</Link>
                {EDITABLE_STATES.includes(a.state) && (
                  <Link to={`/project/mine/${a.id}/edit`}>{a.state === 'returned' ? '修改' : '编辑'}</Link>
                )}
              </Space>
            ),
          },
        ]}
        toolBarRender={() => [
          <Button key="new" type="primary" icon={<PlusOutlined />} onClick={() => setPicking(true)}>
            新建申报
          </Button>,
        ]}
      />
      {picking && (
        <OpenCallPicker
          onClose={() => setPicking(false)}
          onPick={(c) => navigate(`/project/mine/new?callId=${c.id}`)}
        />
      )}
    </>
  );
}

/** The calls accepting applications now. */
function OpenCallPicker({ onClose, onPick }: { onClose: () => void; onPick: (c: TCall) => void }) {
  const [calls, setCalls] = useState<TCall[] | null>(null);
  useEffect(() => {
    projectApi.openCalls().then(
      (r) => setCalls(r.data),
      (e: unknown) => {
        showError(e);
        setCalls([]);
      },
    );
  }, []);
  return (
    <Modal title="选择申报批次" open onCancel={onClose} footer={null} width={640}>
      <List
        loading={calls === null}
        dataSource={calls ?? []}
        locale={{ emptyText: <Empty description="当前没有受理中的批次" /> }}
        renderItem={(c) => (
          <List.Item
            actions={[
              <Button key="go" type="primary" size="small" onClick={() => onPick(c)}>
                申报
              </Button>,
            ]}
          >
            <List.Item.Meta
              title={c.title}
              description={
                <Typography.Text type="secondary">{`${c.categoryLabel} · 截止 ${formatDateTime(c.closesAt)}`}</Typography.Text>
              }
            />
          </List.Item>
        )}
      />
    </Modal>
  );
}

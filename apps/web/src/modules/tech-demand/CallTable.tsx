import { useRef, useState } from 'react';
import { ProTable, type ActionType, type ProColumns } from '@ant-design/pro-components';
import { Button, Modal, Space, Tag, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { CALL_STATE_LABELS, type CallState, type TTechDemandCall } from '@kechuang/domain';
import { showSuccess } from '../../ui/feedback';
import { handleMutationError } from '../../ui/mutation-error';
import { tableRequest } from '../../ui/table-request';
import { useCan } from '../auth/use-can';
import { CallFormModal } from './CallFormModal';
import { ReviewDrawer } from './ReviewDrawer';
import { techDemandApi } from './tech-demand.api';

const STATE_COLORS: Record<CallState, string> = {
  collecting: 'processing',
  reviewing: 'gold',
  published: 'red',
  closed: 'default',
};

/** 榜单批次 / 论证评审 (docs/rules.md §5.2): calls with their window, state and the bureau's next step. */
export function CallTable({ reviewOnly }: { reviewOnly?: boolean }) {
  const actionRef = useRef<ActionType>(undefined);
  const [creating, setCreating] = useState(false);
  const [reviewing, setReviewing] = useState<TTechDemandCall | null>(null);
  const canWrite = useCan('tech-demand:write');
  const reload = () => actionRef.current?.reload();

  const run = (title: string, content: string, action: () => Promise<unknown>, done: string) =>
    Modal.confirm({
      title,
      content,
      onOk: async () => {
        try {
          await action();
          showSuccess(done);
          reload();
        } catch (e) {
          handleMutationError(e, { reload });
        }
      },
    });

  const actions = (c: TTechDemandCall) => {
    if (!canWrite) return null;
    const links: [string, () => void][] = [];
    if (c.state === 'collecting') {
      links.push([
        '开始论证',
        () =>
          run(
            '结束征集并开始论证',
            `“${c.title}”中已提交的需求将进入论证。`,
            () => techDemandApi.startReview(c.id, c.version),
            '已开始论证',
          ),
      ]);
    }
    if (c.state === 'reviewing') links.push([c.rankingConfirmed ? '排名' : '论证评审', () => setReviewing(c)]);
    if (c.state === 'reviewing' && c.rankingConfirmed) {
      links.push([
        '发榜',
        () =>
          run(
            '发榜',
            `“${c.title}”的入选需求将公开发榜，揭榜截止 ${c.bidDeadline ?? '（未设定）'}。`,
            () => techDemandApi.publish(c.id, { version: c.version }),
            '已发榜，需求已在公开榜单展示',
          ),
      ]);
    }
    return (
      <Space size={8}>
        {links.map(([text, onClick]) => (
          <Typography.Link key={text} onClick={onClick}>
            {text}
          </Typography.Link>
        ))}
      </Space>
    );
  };

  const columns: ProColumns<TTechDemandCall>[] = [
    { title: '批次名称', dataIndex: 'title', ellipsis: true },
    { title: '年度', dataIndex: 'year', width: 70 },
    { title: '征集时间', width: 200, render: (_d, c) => `${c.collectFrom} 至 ${c.collectTo}` },
    { title: '揭榜截止', dataIndex: 'bidDeadline', width: 110, render: (_d, c) => c.bidDeadline ?? '-' },
    { title: '需求数', dataIndex: 'demandCount', width: 70, align: 'right' },
    {
      title: '状态',
      dataIndex: 'state',
      width: 90,
      render: (_d, c) => <Tag color={STATE_COLORS[c.state]}>{CALL_STATE_LABELS[c.state]}</Tag>,
    },
    { title: '操作', valueType: 'option', width: 130, render: (_d, c) => actions(c) },
  ];

  return (
    <>
      <ProTable<TTechDemandCall>
        rowKey="id"
        headerTitle={reviewOnly ? '论证中的榜单批次' : '榜单批次'}
        actionRef={actionRef}
        params={{ state: reviewOnly ? 'reviewing' : undefined }}
        request={tableRequest<TTechDemandCall>(techDemandApi.calls, {
          filters: (p) => ({ state: p.state as string | undefined }),
        })}
        columns={columns}
        search={false}
        pagination={{ defaultPageSize: 20 }}
        toolBarRender={() => [
          canWrite && !reviewOnly && (
            <Button key="add" type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
              新建榜单批次
            </Button>
          ),
        ]}
      />
      {creating && (
        <CallFormModal
          onClose={() => setCreating(false)}
          onSaved={() => {
            setCreating(false);
            reload();
          }}
        />
      )}
      {reviewing && (
        <ReviewDrawer
          call={reviewing}
          onClose={() => setReviewing(null)}
          onChanged={() => {
            setReviewing(null);
            reload();
          }}
        />
      )}
    </>
  );
}

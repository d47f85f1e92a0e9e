import { useRef, useState } from 'react';
import { Link } from 'react-router-dom';
import {
  ModalForm,
  ProFormDatePicker,
  ProFormSelect,
  ProFormTextArea,
  ProTable,
  type ActionType,
} from '@ant-design/pro-components';
import { Button, Popconfirm, Space, Tag, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import type { TCall } from '@kechuang/domain';
import { getFeedback, showSuccess } from '../../ui/feedback';
import { formatDateTime } from '../../ui/format';
import { handleMutationError } from '../../ui/mutation-error';
import { pickFilters, tableRequest } from '../../ui/table-request';
import { useCan } from '../auth/use-can';
import { dictValueEnum } from '../dict/dict-value-enum';
import { useDictItems } from '../dict/use-dict-items';
import { CallDrawer } from './CallDrawer';
import { projectApi } from './project.api';
import { PHASE_TAGS } from './state-tag';
import { RowActions } from '../../ui/RowActions';
import { useListColumns } from '../../ui/list-columns';

type Dialog = { kind: 'edit'; call: TCall | null } | { kind: 'notice'; call: TCall } | null;

/** 项目批次: calls with their phase; staff create, publish and announce them; everyone with access opens the ranking. */
export function CallTable() {
  const actionRef = useRef<ActionType>(undefined);
  const [dialog, setDialog] = useState<Dialog>(null);
  const categories = useDictItems('project_category');
  const levels = useDictItems('project_level');
  const canWrite = useCan('project:write');
  const canNotice = useCan('notice:manage');
  const reload = () => actionRef.current?.reload();
  const saved = () => {
    setDialog(null);
    reload();
  };

  const publish = async (c: TCall) => {
    try {
      await projectApi.publishCall(c.id, c.version);
      showSuccess(`已发布批次“${c.title}”，企业用户可见`);
      reload();
    } catch (e) {
      handleMutationError(e, { reload });
    }
  };

  const listColumns = useListColumns<TCall>(
    'project.calls',
    [
      { title: '批次名称', dataIndex: 'keyword', hideInTable: true },
      { title: '批次名称', dataIndex: 'title', search: false, ellipsis: true, width: 240 },
      {
        title: '类别',
        dataIndex: 'category',
        valueType: 'select',
        valueEnum: dictValueEnum(categories),
        width: 180,
      },
      { title: '级别', dataIndex: 'level', valueType: 'select', valueEnum: dictValueEnum(levels), width: 80 },
      { title: '年度', dataIndex: 'year', valueType: 'digit', width: 80, render: (_d, c) => c.year },
      {
        title: '受理期',
        dataIndex: 'opensAt',
        search: false,
        width: 260,
        render: (_d, c) => `${formatDateTime(c.opensAt)} 至 ${formatDateTime(c.closesAt)}`,
      },
      {
        title: '状态',
        dataIndex: 'phase',
        width: 170,
        valueType: 'select',
        valueEnum: { 'not-open': { text: '未开始' }, open: { text: '受理中' }, closed: { text: '已截止' } },
        render: (_d, c) => (
          <Space size={4}>
            {c.status === 'draft' ? (
              <Tag bordered={false}>未发布</Tag>
            ) : c.status === 'historical' ? (
              <Tag color="purple" bordered={false}>
                历史项目
              </Tag>
            ) : (
              <Tag color={PHASE_TAGS[c.phase].color} bordered={false}>
                {PHASE_TAGS[c.phase].text}
              </Tag>
            )}
            {c.rankingConfirmedAt && (
              <Tag color="gold" bordered={false}>
                排名已确认
              </Tag>
            )}
          </Space>
        ),
      },
      { title: '申报数', dataIndex: 'applicationCount', search: false, width: 80 },
      {
        title: '操作',
        valueType: 'option',
        width: 170,
        fixed: 'right',
        render: (_d, c) => (
          <RowActions
            lead={
              <>
                <Link to={`/project/calls/${c.id}/ranking`}>评审排名</Link>
                {canWrite && c.status === 'draft' && (
                  <Popconfirm
                    title={`发布“${c.title}”？`}
                    description="发布后企业用户可见，受理期内可申报。"
                    onConfirm={() => publish(c)}
                  >
                    <Typography.Link>发布</Typography.Link>
                  </Popconfirm>
                )}
              </>
            }
            inline={0}
            actions={[
              { key: 'edit', label: '编辑', visible: canWrite, onClick: () => setDialog({ kind: 'edit', call: c }) },
              {
                key: 'notice',
                label: '生成公示',
                visible: canNotice && c.status === 'published',
                onClick: () => setDialog({ kind: 'notice', call: c }),
              },
            ]}
          />
        ),
      },
    ],
    { hidden: ['category', 'level'] },
  );

  return (
    <>
      <ProTable<TCall>
        rowKey="id"
        headerTitle="项目批次"
        actionRef={actionRef}
        request={tableRequest<TCall>('/calls', {
          filters: pickFilters('keyword', 'category', 'level', 'year', 'phase', 'status'),
        })}
        search={{ labelWidth: 'auto' }}
        pagination={{ defaultPageSize: 20 }}
        {...listColumns}
        toolBarRender={() =>
          canWrite
            ? [
                <Button
                  key="add"
                  type="primary"
                  icon={<PlusOutlined />}
                  onClick={() => setDialog({ kind: 'edit', call: null })}
                >
                  新建批次
                </Button>,
              ]
            : []
        }
      />
      {dialog?.kind === 'edit' && (
        <CallDrawer key={dialog.call?.id ?? 'new'} call={dialog.call} onClose={() => setDialog(null)} onSaved={saved} />
      )}
      {dialog?.kind === 'notice' && <NoticeModal call={dialog.call} onClose={() => setDialog(null)} />}
    </>
  );
}

/** 生成公示: a draft notice of the call's recommended or approved list, published from 公示管理. */
function NoticeModal({ call, onClose }: { call: TCall; onClose: () => void }) {
  return (
    <ModalForm<{ basis: string; startDate: string; states: ('recommended' | 'approved')[] }>
      title={`生成公示 · ${call.title}`}
      open
      width={560}
      modalProps={{ onCancel: onClose, destroyOnHidden: true }}
      initialValues={{
        startDate: dayjs().format('YYYY-MM-DD'),
        states: ['recommended'],
        basis: `根据《${call.title}申报指南》，经单位申报、县科技局审核和专家评审，拟推荐以下项目，现予公示。`,
      }}
      onFinish={async (v) => {
        try {
          const r = await projectApi.callNotice(call.id, v);
          const saved = `已生成公示草稿（${r.items} 个项目，公示至 ${r.endDate}），请在公示管理中发布`;
          if (r.endDateWarning) {
            getFeedback().modal.warning({
              title: '公示截止日期为推算',
              content: `${saved}。注意：${r.endDateWarning}，请核对截止日期。`,
            });
          } else {
            showSuccess(saved);
          }
          onClose();
          return true;
        } catch (e) {
          handleMutationError(e);
          return false;
        }
      }}
    >
      <ProFormSelect
        name="states"
        label="公示名单"
        mode="multiple"
        options={[
          { value: 'recommended', label: '推荐上报' },
          { value: 'approved', label: '立项' },
        ]}
        rules={[{ required: true }]}
      />
      <ProFormDatePicker name="startDate" label="公示开始日期" rules={[{ required: true }]} />
      <ProFormTextArea
        name="basis"
        label="公示依据与程序"
        rules={[{ required: true, min: 10, message: '请写明公示依据与程序（至少 10 字）' }]}
      />
    </ModalForm>
  );
}

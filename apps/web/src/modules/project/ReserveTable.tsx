import { useRef, useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import {
  ModalForm,
  ProFormDigit,
  ProFormSelect,
  ProFormText,
  ProFormTextArea,
  ProTable,
  type ActionType,
} from '@ant-design/pro-components';
import { Button, Popconfirm, Space, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import {
  formatWanAmount,
  RESERVE_STATUS_LABELS,
  type TEnterprise,
  type TReserve,
  wanInputToYuan,
} from '@kechuang/domain';
import { api, type Page } from '../../api/client';
import { showSuccess } from '../../ui/feedback';
import { handleMutationError } from '../../ui/mutation-error';
import { pickFilters, tableRequest } from '../../ui/table-request';
import { useCan } from '../auth/use-can';
import { dictValueEnum } from '../dict/dict-value-enum';
import { useDictItems } from '../dict/use-dict-items';
import { projectApi } from './project.api';
import { useListColumns } from '../../ui/list-columns';

type Dialog = { kind: 'add' } | { kind: 'promote'; row: TReserve } | null;

/** 储备库: ideas planned with enterprises before a call opens; 转为申报 makes a draft application to an open call. */
export function ReserveTable() {
  const actionRef = useRef<ActionType>(undefined);
  const [dialog, setDialog] = useState<Dialog>(null);
  const categories = useDictItems('project_category');
  const canWrite = useCan('project:write');
  const navigate = useNavigate();
  const reload = () => actionRef.current?.reload();

  const drop = async (r: TReserve) => {
    try {
      await projectApi.updateReserve(r.id, { version: r.version, status: 'dropped' });
      showSuccess(`已放弃“${r.title}”`);
      reload();
    } catch (e) {
      handleMutationError(e, { reload });
    }
  };

  const listColumns = useListColumns<TReserve>(
    'project.reserve',
    [
      { title: '项目/单位', dataIndex: 'keyword', hideInTable: true },
      { title: '项目名称', dataIndex: 'title', search: false, width: 260 },
      { title: '单位', dataIndex: 'enterpriseName', search: false, width: 220, ellipsis: true },
      {
        title: '拟申报类别',
        dataIndex: 'category',
        valueType: 'select',
        valueEnum: dictValueEnum(categories),
        width: 180,
        render: (_d, r) => r.categoryLabel,
      },
      {
        title: '计划年度',
        dataIndex: 'plannedYear',
        valueType: 'digit',
        width: 90,
        render: (_d, r) => r.plannedYear,
      },
      {
        title: '预计金额（万元）',
        dataIndex: 'estimatedAmount',
        search: false,
        width: 130,
        align: 'right',
        render: (_d, r) => formatWanAmount(r.estimatedAmount),
      },
      {
        title: '状态',
        dataIndex: 'status',
        valueType: 'select',
        width: 90,
        valueEnum: Object.fromEntries(Object.entries(RESERVE_STATUS_LABELS).map(([k, v]) => [k, { text: v }])),
      },
      {
        title: '操作',
        valueType: 'option',
        width: 150,
        fixed: 'right',
        render: (_d, r) => (
          <Space size={12}>
            {r.applicationId && <Link to={`/project/applications/${r.applicationId}`}>查看申报</Link>}
            {canWrite && r.status === 'planned' && (
              <Typography.Link onClick={() => setDialog({ kind: 'promote', row: r })}>转为申报</Typography.Link>
            )}
            {canWrite && r.status === 'planned' && (
              <Popconfirm title={`放弃“${r.title}”？`} onConfirm={() => drop(r)}>
                <Typography.Link type="danger">放弃</Typography.Link>
              </Popconfirm>
            )}
          </Space>
        ),
      },
    ],
    { hidden: ['category'] },
  );

  return (
    <>
      <ProTable<TReserve>
        rowKey="id"
        headerTitle="储备项目"
        actionRef={actionRef}
        request={tableRequest<TReserve>('/reserve', {
          filters: pickFilters('keyword', 'status', 'category', 'plannedYear'),
        })}
        search={{ labelWidth: 'auto' }}
        pagination={{ defaultPageSize: 20 }}
        {...listColumns}
        toolBarRender={() =>
          canWrite
            ? [
                <Button key="add" type="primary" icon={<PlusOutlined />} onClick={() => setDialog({ kind: 'add' })}>
                  新增储备项目
                </Button>,
              ]
            : []
        }
      />
      {dialog?.kind === 'add' && (
        <ModalForm<{
          enterpriseId: number;
          title: string;
          category: string;
          plannedYear: number;
          summary?: string;
          estimatedAmount?: string;
          contact?: string;
        }>
          title="新增储备项目"
          open
          name="reserve-form"
          width={600}
          layout="horizontal"
          labelCol={{ span: 5 }}
          modalProps={{ onCancel: () => setDialog(null), destroyOnHidden: true }}
          initialValues={{ plannedYear: dayjs().year() }}
          onFinish={async (v) => {
            try {
              await projectApi.createReserve({
                ...v,
                estimatedAmount: wanInputToYuan(v.estimatedAmount),
                summary: v.summary || null,
                contact: v.contact || null,
              });
              showSuccess(`已新增储备项目“${v.title}”`);
              setDialog(null);
              reload();
              return true;
            } catch (e) {
              handleMutationError(e);
              return false;
            }
          }}
        >
          <ProFormSelect
            name="enterpriseId"
            label="单位"
            showSearch
            debounceTime={300}
            rules={[{ required: true, message: '请选择单位' }]}
            request={async ({ keyWords }: { keyWords?: string }) =>
              (await api.get<Page<TEnterprise>>('/enterprises', { keyword: keyWords, pageSize: 50 })).data.map((e) => ({
                value: e.id,
                label: e.name,
              }))
            }
          />
          <ProFormText
            name="title"
            label="项目名称"
            rules={[{ required: true, min: 4, message: '项目名称至少 4 个字' }]}
          />
          <ProFormSelect
            name="category"
            label="拟申报类别"
            options={categories.map((c) => ({ value: c.value, label: c.label }))}
            rules={[{ required: true }]}
          />
          <ProFormDigit
            name="plannedYear"
            label="计划年度"
            min={2000}
            max={2100}
            fieldProps={{ precision: 0 }}
            rules={[{ required: true }]}
          />
          <ProFormDigit name="estimatedAmount" label="预计金额（万元）" min={0} fieldProps={{ stringMode: true }} />
          <ProFormText name="contact" label="联系人" />
          <ProFormTextArea name="summary" label="项目概要" fieldProps={{ rows: 3 }} />
        </ModalForm>
      )}
      {dialog?.kind === 'promote' && (
        <ModalForm<{ callId: number }>
          title={`转为申报 · ${dialog.row.title}`}
          open
          width={520}
          modalProps={{ onCancel: () => setDialog(null), destroyOnHidden: true }}
          onFinish={async (v) => {
            try {
              const a = await projectApi.promoteReserve(dialog.row.id, {
                callId: v.callId,
                version: dialog.row.version,
              });
              showSuccess('已生成申报书草稿');
              navigate(`/project/applications/${a.id}`);
              return true;
            } catch (e) {
              handleMutationError(e, { reload });
              return false;
            }
          }}
        >
          <ProFormSelect
            name="callId"
            label="受理中的批次"
            rules={[{ required: true, message: '请选择批次' }]}
            request={async () => (await projectApi.openCalls()).data.map((c) => ({ value: c.id, label: c.title }))}
          />
        </ModalForm>
      )}
    </>
  );
}

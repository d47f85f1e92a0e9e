import { useRef, useState } from 'react';
import { ProTable, type ActionType, type ProColumns } from '@ant-design/pro-components';
import { Button, Descriptions, Drawer, Space, Tag, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { Link } from 'react-router-dom';
import type { TForeignExpertVisit } from '@kechuang/domain';
import { AttachmentPanel } from '../../ui/attachments/AttachmentPanel';
import { formatDateTime } from '../../ui/format';
import { pickFilters, tableRequest } from '../../ui/table-request';
import { useCan } from '../auth/use-can';
import { foreignExpertApi, VISIT_FILTERS, VISIT_SORTABLE } from './foreign-expert.api';
import { VisitFormDrawer } from './VisitFormDrawer';
import { useListColumns } from '../../ui/list-columns';

type Dialog = { kind: 'create' } | { kind: 'edit' | 'view'; visit: TForeignExpertVisit } | null;

const names = (refs: { name: string }[]) => refs.map((r) => r.name).join('、');

/** 来访指导记录: dates, experts, enterprises served, topics and results; 登记 / 编辑 for staff. */
export function VisitTable({ ids }: { ids?: string }) {
  const actionRef = useRef<ActionType>(undefined);
  const [dialog, setDialog] = useState<Dialog>(null);
  const canWrite = useCan('foreign-expert:write');
  const close = () => setDialog(null);
  const saved = () => {
    setDialog(null);
    actionRef.current?.reload();
  };

  const columns: ProColumns<TForeignExpertVisit>[] = [
    { title: '关键字', dataIndex: 'keyword', hideInTable: true, fieldProps: { placeholder: '指导内容' } },
    {
      title: '年度',
      dataIndex: 'year',
      valueType: 'digit',
      hideInTable: true,
      fieldProps: { min: 2000, max: 2100, precision: 0 },
    },
    {
      title: '来访日期',
      dataIndex: 'startOn',
      search: false,
      sorter: true,
      width: 190,
      render: (_d, r) => `${r.startOn} 至 ${r.endOn}`,
    },
    { title: '来访专家', dataIndex: 'experts', search: false, width: 160, render: (_d, r) => names(r.experts) },
    {
      title: '服务企业',
      dataIndex: 'enterprises',
      search: false,
      width: 220,
      render: (_d, r) => (
        <Space size={[4, 4]} wrap>
          {r.enterprises.map((e) => (
            <Tag key={e.id}>{e.name}</Tag>
          ))}
        </Space>
      ),
    },
    { title: '指导内容', dataIndex: 'topics', search: false, ellipsis: true },
    { title: '引智基地', dataIndex: 'talentBaseName', search: false, ellipsis: true, width: 160 },
    {
      title: '操作',
      valueType: 'option',
      width: 100,
      fixed: 'right',
      render: (_d, r) => (
        <Space>
          <Typography.Link onClick={() => setDialog({ kind: 'view', visit: r })}>详情</Typography.Link>
          {canWrite && <Typography.Link onClick={() => setDialog({ kind: 'edit', visit: r })}>编辑</Typography.Link>}
        </Space>
      ),
    },
  ];

  const listColumns = useListColumns('foreign-expert.visits', columns);

  return (
    <>
      <ProTable<TForeignExpertVisit>
        rowKey="id"
        headerTitle={ids ? '来访指导（报告引用的记录）' : '来访指导记录'}
        actionRef={actionRef}
        params={{ ids }}
        request={tableRequest<TForeignExpertVisit>(foreignExpertApi.visits, {
          filters: pickFilters(...VISIT_FILTERS),
          sortable: VISIT_SORTABLE,
        })}
        {...listColumns}
        search={{ labelWidth: 'auto', defaultCollapsed: false }}
        form={{ name: 'foreign-expert-visit-search' }}
        pagination={{ defaultPageSize: 20, showSizeChanger: true }}
        toolBarRender={() => [
          canWrite && (
            <Button key="add" type="primary" icon={<PlusOutlined />} onClick={() => setDialog({ kind: 'create' })}>
              登记来访指导
            </Button>
          ),
        ]}
      />
      {dialog?.kind === 'create' && <VisitFormDrawer visit={null} onClose={close} onSaved={saved} />}
      {dialog?.kind === 'edit' && (
        <VisitFormDrawer key={dialog.visit.id} visit={dialog.visit} onClose={close} onSaved={saved} />
      )}
      {dialog?.kind === 'view' && (
        <Drawer open title="来访指导详情" width={640} onClose={close} destroyOnHidden>
          <Descriptions column={1} size="small" bordered labelStyle={{ width: 120 }}>
            <Descriptions.Item label="来访日期">{`${dialog.visit.startOn} 至 ${dialog.visit.endOn}`}</Descriptions.Item>
            <Descriptions.Item label="来访专家">
              {dialog.visit.experts.map((x) => `${x.name}${x.countryLabel ? `（${x.countryLabel}）` : ''}`).join('、')}
            </Descriptions.Item>
            <Descriptions.Item label="服务企业">
              <Space size={[4, 4]} wrap>
                {dialog.visit.enterprises.map((e) => (
                  <Link key={e.id} to={`/enterprise/${e.id}`}>
                    {e.name}
                  </Link>
                ))}
              </Space>
            </Descriptions.Item>
            <Descriptions.Item label="指导内容">{dialog.visit.topics}</Descriptions.Item>
            <Descriptions.Item label="成效">{dialog.visit.results ?? '-'}</Descriptions.Item>
            <Descriptions.Item label="引智基地">
              {dialog.visit.talentBaseId ? (
                <Link to={`/tech-platform/platforms/${dialog.visit.talentBaseId}`}>{dialog.visit.talentBaseName}</Link>
              ) : (
                '-'
              )}
            </Descriptions.Item>
            <Descriptions.Item label="所属县区">{dialog.visit.regionName ?? dialog.visit.regionCode}</Descriptions.Item>
            <Descriptions.Item label="更新时间">{formatDateTime(dialog.visit.updatedAt)}</Descriptions.Item>
          </Descriptions>
          <Typography.Title level={5} style={{ marginTop: 24 }}>
            现场照片与材料
          </Typography.Title>
          <AttachmentPanel
            ownerType="foreign-expert.visit"
            ownerId={dialog.visit.id}
            slots={{
              photo: { label: '现场照片', photo: true, accept: '.jpg,.jpeg,.png' },
              material: { label: '指导材料（报告、课件等）' },
            }}
            canEdit={canWrite}
          />
        </Drawer>
      )}
    </>
  );
}

import { useCallback, useEffect, useRef, useState } from 'react';
import { ProTable, type ActionType, type ProColumns } from '@ant-design/pro-components';
import { Button, Descriptions, Drawer, Space, Timeline, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import {
  AGREEMENT_MACHINE,
  AGREEMENT_STATE_LABELS,
  COOPERATION_DICTS,
  GOV_PARTY_LABELS,
  type AgreementState,
  type GovParty,
  type TCoopAgreement,
  type TCoopAgreementDetail,
} from '@kechuang/domain';
import { AttachmentPanel } from '../../ui/attachments/AttachmentPanel';
import { showError, showSuccess } from '../../ui/feedback';
import { formatDateTime } from '../../ui/format';
import { handleMutationError } from '../../ui/mutation-error';
import { pickFilters, tableRequest } from '../../ui/table-request';
import { useCan } from '../auth/use-can';
import { useDictItems } from '../dict/use-dict-items';
import { dictEnum, labelEnum, StatusTag, TransitionButtons } from './coop-ui';
import { AGREEMENT_FILTERS, AGREEMENT_SORTABLE, coopAgreementApi } from './cooperation.api';
import { AgreementFormDrawer } from './AgreementFormDrawer';
import { useListColumns } from '../../ui/list-columns';

const parties = (a: TCoopAgreement) =>
  [a.govParty ? GOV_PARTY_LABELS[a.govParty as GovParty] : null, a.enterpriseName, a.partnerName]
    .filter(Boolean)
    .join('、');

/** One agreement: its record, the moves the table allows (staff), and its history. */
function AgreementDetail({ id, onClose, onChanged }: { id: number; onClose: () => void; onChanged: () => void }) {
  const [a, setA] = useState<TCoopAgreementDetail | null>(null);
  const canWrite = useCan('cooperation:write');
  const load = useCallback(() => {
    coopAgreementApi.get(id).then(setA, showError);
  }, [id]);
  useEffect(load, [load]);
  const move = async (to: AgreementState, reason: string | null) => {
    if (!a) return;
    try {
      await coopAgreementApi.move(a.id, { to, version: a.version, reason });
      showSuccess(`合作协议已变为“${AGREEMENT_STATE_LABELS[to]}”`);
      load();
      onChanged();
    } catch (e) {
      handleMutationError(e, { reload: load });
    }
  };
  return (
    <Drawer title={a ? `合作协议 · ${a.title}` : '合作协议'} open width={680} onClose={onClose} destroyOnHidden>
      {a && (
        <Space direction="vertical" size={20} style={{ width: '100%' }}>
          <Space wrap>
            <StatusTag status={a.status} labels={AGREEMENT_STATE_LABELS} />
            {canWrite && <TransitionButtons machine={AGREEMENT_MACHINE} status={a.status} onMove={move} />}
          </Space>
          <Descriptions column={1} size="small" bordered>
            <Descriptions.Item label="协议类型">{a.typeLabel ?? a.type}</Descriptions.Item>
            <Descriptions.Item label="签约各方">{parties(a)}</Descriptions.Item>
            <Descriptions.Item label="协议期限">
              {a.signedOn} 至 {a.endOn}
            </Descriptions.Item>
            <Descriptions.Item label="合作内容">{a.scope ?? '—'}</Descriptions.Item>
            {a.endedOn && (
              <Descriptions.Item label="到期/终止">
                {a.endedOn}
                {a.endReason ? `（${a.endReason}）` : ''}
              </Descriptions.Item>
            )}
          </Descriptions>
          <div>
            <Typography.Title level={5}>协议附件</Typography.Title>
            <AttachmentPanel
              ownerType="cooperation.agreement"
              ownerId={a.id}
              slots={{ file: { label: '协议文本、附件（可上传扫描件）' } }}
              canEdit={canWrite}
            />
          </div>
          <div>
            <Typography.Title level={5}>状态记录</Typography.Title>
            <Timeline
              items={a.history.map((h) => ({
                key: h.id,
                children: `${formatDateTime(h.at)} · ${
                  h.fromState ? `${AGREEMENT_STATE_LABELS[h.fromState as AgreementState]} → ` : '登记为 '
                }${AGREEMENT_STATE_LABELS[h.toState as AgreementState]}${h.reason ? ` · ${h.reason}` : ''}`,
              }))}
            />
          </div>
        </Space>
      )}
    </Drawer>
  );
}

/** 合作协议: filters, sort and paging on the server; 登记 / 编辑 for staff; 详情 with the state moves. */
export function AgreementTable({ ids }: { ids?: string }) {
  const actionRef = useRef<ActionType>(undefined);
  const [editing, setEditing] = useState<TCoopAgreement | 'new' | null>(null);
  const [detail, setDetail] = useState<number | null>(null);
  const canWrite = useCan('cooperation:write');
  const types = useDictItems(COOPERATION_DICTS.agreementType);
  const reload = () => actionRef.current?.reload();

  const columns: ProColumns<TCoopAgreement>[] = [
    { title: '关键字', dataIndex: 'keyword', hideInTable: true, fieldProps: { placeholder: '协议名称' } },
    {
      title: '签订年度',
      dataIndex: 'year',
      valueType: 'digit',
      hideInTable: true,
      fieldProps: { min: 2000, max: 2100, precision: 0 },
    },
    {
      title: '协议名称',
      dataIndex: 'title',
      search: false,
      sorter: true,
      width: 260,
      render: (_d, r) => <Typography.Link onClick={() => setDetail(r.id)}>{r.title}</Typography.Link>,
    },
    { title: '协议类型', dataIndex: 'type', valueType: 'select', valueEnum: dictEnum(types), width: 120 },
    {
      title: '签约各方',
      dataIndex: 'partnerName',
      search: false,
      ellipsis: true,
      width: 180,
      render: (_d, r) => parties(r),
    },
    { title: '签订日期', dataIndex: 'signedOn', search: false, sorter: true, width: 110 },
    { title: '到期日期', dataIndex: 'endOn', search: false, sorter: true, width: 110 },
    {
      title: '状态',
      dataIndex: 'status',
      valueType: 'select',
      valueEnum: labelEnum(AGREEMENT_STATE_LABELS),
      width: 90,
      render: (_d, r) => <StatusTag status={r.status} labels={AGREEMENT_STATE_LABELS} />,
    },
    {
      title: '操作',
      valueType: 'option',
      width: 110,
      render: (_d, r) => (
        <Space size={12}>
          <Typography.Link onClick={() => setDetail(r.id)}>详情</Typography.Link>
          {canWrite && <Typography.Link onClick={() => setEditing(r)}>编辑</Typography.Link>}
        </Space>
      ),
    },
  ];

  const listColumns = useListColumns('cooperation.agreements', columns);

  return (
    <>
      <ProTable<TCoopAgreement>
        rowKey="id"
        headerTitle={ids ? '合作协议（报告引用的记录）' : '合作协议'}
        actionRef={actionRef}
        params={{ ids }}
        request={tableRequest<TCoopAgreement>((query) => coopAgreementApi.list(query), {
          filters: pickFilters(...AGREEMENT_FILTERS),
          sortable: AGREEMENT_SORTABLE,
        })}
        {...listColumns}
        search={{ labelWidth: 'auto', defaultCollapsed: false }}
        form={{ name: 'coop-agreement-search' }}
        pagination={{ defaultPageSize: 20, showSizeChanger: true }}
        toolBarRender={() => [
          canWrite && (
            <Button key="add" type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')}>
              登记合作协议
            </Button>
          ),
        ]}
      />
      {editing && (
        <AgreementFormDrawer
          key={editing === 'new' ? 'new' : editing.id}
          record={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
          onSaved={() => {
            setEditing(null);
            reload();
          }}
        />
      )}
      {detail !== null && <AgreementDetail id={detail} onClose={() => setDetail(null)} onChanged={reload} />}
    </>
  );
}

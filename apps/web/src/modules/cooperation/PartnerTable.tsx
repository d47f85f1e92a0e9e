import { useRef, useState } from 'react';
import { ProTable, type ActionType, type ProColumns } from '@ant-design/pro-components';
import { Button, Typography } from 'antd';
import { DownloadOutlined, PlusOutlined } from '@ant-design/icons';
import { COOPERATION_DICTS, type TCoopPartner } from '@kechuang/domain';
import { showError, showSuccess } from '../../ui/feedback';
import { saveFile } from '../../ui/save-file';
import { pickFilters, tableRequest, type TableQuery } from '../../ui/table-request';
import { useCan } from '../auth/use-can';
import { useDictItems } from '../dict/use-dict-items';
import { dictEnum } from './coop-ui';
import { coopPartnerApi, PARTNER_FILTERS, PARTNER_SORTABLE } from './cooperation.api';
import { PartnerFormDrawer } from './PartnerFormDrawer';

/** 合作单位名录: universities, institutes and outside enterprises; phones masked (docs/rules.md §6.4). */
export function PartnerTable({ ids }: { ids?: string }) {
  const actionRef = useRef<ActionType>(undefined);
  const filterRef = useRef<TableQuery>({});
  const [editing, setEditing] = useState<TCoopPartner | 'new' | null>(null);
  const [exporting, setExporting] = useState(false);
  const canWrite = useCan('cooperation:write');
  const kinds = useDictItems(COOPERATION_DICTS.partnerKind);

  const exportList = async () => {
    setExporting(true);
    try {
      saveFile(await coopPartnerApi.exportFile(filterRef.current), '合作单位名录.xlsx');
      showSuccess('已导出合作单位名录（电话已脱敏）');
    } catch (e) {
      showError(e);
    } finally {
      setExporting(false);
    }
  };

  const columns: ProColumns<TCoopPartner>[] = [
    { title: '关键字', dataIndex: 'keyword', hideInTable: true, fieldProps: { placeholder: '单位名称' } },
    { title: '单位名称', dataIndex: 'name', search: false, sorter: true, width: 260 },
    { title: '单位类别', dataIndex: 'kind', valueType: 'select', valueEnum: dictEnum(kinds), width: 110 },
    {
      title: '所在地',
      dataIndex: 'city',
      search: false,
      width: 160,
      render: (_d, r) => [r.province, r.city].filter(Boolean).join(' ') || '—',
    },
    { title: '地址', dataIndex: 'address', search: false, ellipsis: true },
    { title: '联系人', dataIndex: 'contactName', search: false, width: 100 },
    { title: '联系电话', dataIndex: 'contactPhone', search: false, width: 130 },
    {
      title: '操作',
      valueType: 'option',
      width: 70,
      render: (_d, r) => canWrite && <Typography.Link onClick={() => setEditing(r)}>编辑</Typography.Link>,
    },
  ];

  return (
    <>
      <ProTable<TCoopPartner>
        rowKey="id"
        headerTitle="合作单位名录"
        actionRef={actionRef}
        params={{ ids }}
        request={tableRequest<TCoopPartner>(
          (query, filter) => {
            filterRef.current = filter;
            return coopPartnerApi.list(query);
          },
          { filters: pickFilters(...PARTNER_FILTERS), sortable: PARTNER_SORTABLE },
        )}
        columns={columns}
        search={{ labelWidth: 'auto', defaultCollapsed: false }}
        form={{ name: 'coop-partner-search' }}
        pagination={{ defaultPageSize: 20, showSizeChanger: true }}
        toolBarRender={() => [
          canWrite && (
            <Button key="add" type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')}>
              登记合作单位
            </Button>
          ),
          <Button key="export" icon={<DownloadOutlined />} loading={exporting} onClick={exportList}>
            导出
          </Button>,
        ]}
      />
      {editing && (
        <PartnerFormDrawer
          key={editing === 'new' ? 'new' : editing.id}
          record={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
          onSaved={() => {
            setEditing(null);
            actionRef.current?.reload();
          }}
        />
      )}
    </>
  );
}

import { useRef, useState } from 'react';
import { ProTable, type ActionType, type ProColumns } from '@ant-design/pro-components';
import { Button, Space, Typography } from 'antd';
import { DownloadOutlined, PlusOutlined } from '@ant-design/icons';
import { FOREIGN_EXPERT_COUNTRY_DICT, type TForeignExpert } from '@kechuang/domain';
import { showError, showSuccess } from '../../ui/feedback';
import { saveFile } from '../../ui/save-file';
import { pickFilters, tableRequest, type TableQuery } from '../../ui/table-request';
import { useCan } from '../auth/use-can';
import { dictValueEnum } from '../dict/dict-value-enum';
import { useDictItems } from '../dict/use-dict-items';
import { EXPERT_FILTERS, EXPERT_SORTABLE, foreignExpertApi } from './foreign-expert.api';
import { ExpertDetailDrawer } from './ExpertDetailDrawer';
import { ExpertFormDrawer } from './ExpertFormDrawer';
import { useListColumns } from '../../ui/list-columns';

type Dialog = { kind: 'create' } | { kind: 'edit' | 'view'; expert: TForeignExpert } | null;

/** 外国专家库: filters, paging, 新增 / 编辑 for staff, 详情 (passport 查看 audited), 导出 (masked) of what is shown. */
export function ExpertTable({ ids }: { ids?: string }) {
  const actionRef = useRef<ActionType>(undefined);
  const filterRef = useRef<TableQuery>({});
  const [dialog, setDialog] = useState<Dialog>(null);
  const [exporting, setExporting] = useState(false);
  const canWrite = useCan('foreign-expert:write');
  const countries = useDictItems(FOREIGN_EXPERT_COUNTRY_DICT);

  const close = () => setDialog(null);
  const saved = () => {
    setDialog(null);
    actionRef.current?.reload();
  };
  const exportList = async () => {
    setExporting(true);
    try {
      saveFile(await foreignExpertApi.exportExperts(filterRef.current), '外国专家.xlsx');
      showSuccess('已导出当前筛选的外国专家（证件号码已脱敏）');
    } catch (e) {
      showError(e);
    } finally {
      setExporting(false);
    }
  };

  const columns: ProColumns<TForeignExpert>[] = [
    { title: '关键字', dataIndex: 'keyword', hideInTable: true, fieldProps: { placeholder: '姓名、中文名、工作单位' } },
    {
      title: '姓名',
      dataIndex: 'name',
      search: false,
      sorter: true,
      width: 190,
      render: (_d, r) => (
        <Typography.Link onClick={() => setDialog({ kind: 'view', expert: r })}>
          {r.name}
          {r.nameZh ? `（${r.nameZh}）` : ''}
        </Typography.Link>
      ),
    },
    {
      title: '国籍',
      dataIndex: 'country',
      valueType: 'select',
      valueEnum: dictValueEnum(countries),
      sorter: true,
      width: 90,
      render: (_d, r) => r.countryLabel ?? r.country,
    },
    { title: '专业领域', dataIndex: 'field', search: false, ellipsis: true },
    { title: '工作单位', dataIndex: 'employer', search: false, ellipsis: true, width: 150 },
    { title: '护照号码', dataIndex: 'passportMasked', search: false, width: 120 },
    { title: '引智基地', dataIndex: 'talentBaseName', search: false, ellipsis: true, width: 170 },
    { title: '来访次数', dataIndex: 'visitCount', search: false, align: 'right', width: 90 },
    { title: '所属县区', dataIndex: 'regionName', search: false, width: 80 },
    {
      title: '操作',
      valueType: 'option',
      width: 100,
      fixed: 'right',
      render: (_d, r) => (
        <Space>
          <Typography.Link onClick={() => setDialog({ kind: 'view', expert: r })}>详情</Typography.Link>
          {canWrite && <Typography.Link onClick={() => setDialog({ kind: 'edit', expert: r })}>编辑</Typography.Link>}
        </Space>
      ),
    },
  ];

  const listColumns = useListColumns('foreign-expert.experts', columns, { hidden: ['passportMasked', 'regionName'] });

  return (
    <>
      <ProTable<TForeignExpert>
        rowKey="id"
        headerTitle={ids ? '外国专家（报告引用的记录）' : '外国专家库'}
        actionRef={actionRef}
        params={{ ids }}
        request={tableRequest<TForeignExpert>(
          (query, filter) => {
            filterRef.current = filter;
            return foreignExpertApi.experts(query);
          },
          { filters: pickFilters(...EXPERT_FILTERS), sortable: EXPERT_SORTABLE },
        )}
        {...listColumns}
        search={{ labelWidth: 'auto', defaultCollapsed: false }}
        form={{ name: 'foreign-expert-search' }}
        pagination={{ defaultPageSize: 20, showSizeChanger: true }}
        toolBarRender={() => [
          canWrite && (
            <Button key="add" type="primary" icon={<PlusOutlined />} onClick={() => setDialog({ kind: 'create' })}>
              新增专家
            </Button>
          ),
          <Button key="export" icon={<DownloadOutlined />} loading={exporting} onClick={exportList}>
            导出
          </Button>,
        ]}
      />
      {dialog?.kind === 'create' && <ExpertFormDrawer expert={null} onClose={close} onSaved={saved} />}
      {dialog?.kind === 'edit' && (
        <ExpertFormDrawer key={dialog.expert.id} expert={dialog.expert} onClose={close} onSaved={saved} />
      )}
      {dialog?.kind === 'view' && <ExpertDetailDrawer expert={dialog.expert} onClose={close} />}
    </>
  );
}

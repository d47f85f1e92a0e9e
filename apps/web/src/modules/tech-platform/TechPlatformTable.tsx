import { useRef, useState } from 'react';
import { Link } from 'react-router-dom';
import { ProTable, type ActionType, type ProColumns } from '@ant-design/pro-components';
import { Button, Tag } from 'antd';
import { DownloadOutlined, PlusOutlined, UploadOutlined } from '@ant-design/icons';
import {
  TECH_PLATFORM_KIND_DICT,
  TECH_PLATFORM_LEVEL_DICT,
  TECH_PLATFORM_STATE_LABELS,
  type TTechPlatform,
  type TechPlatformState,
} from '@kechuang/domain';
import { showError, showSuccess } from '../../ui/feedback';
import { formatDateTime } from '../../ui/format';
import { ImportWizard } from '../../ui/import/ImportWizard';
import { saveFile } from '../../ui/save-file';
import { pickFilters, tableRequest, type TableQuery } from '../../ui/table-request';
import { useCan } from '../auth/use-can';
import { useSession } from '../auth/use-session';
import { dictValueEnum } from '../dict/dict-value-enum';
import { useDictItems } from '../dict/use-dict-items';
import { RegionTreeSelect } from '../regions/RegionTreeSelect';
import { techPlatformApi, TECH_PLATFORM_FILTERS, TECH_PLATFORM_SORTABLE } from './tech-platform.api';
import { TECH_PLATFORM_IMPORT } from './tech-platform-import-source';
import { TechPlatformFormDrawer } from './TechPlatformFormDrawer';
import { useListColumns } from '../../ui/list-columns';

export const STATE_COLORS: Record<TechPlatformState, string> = {
  preparing: 'default',
  building: 'processing',
  recognized: 'success',
  delisted: 'warning',
  revoked: 'error',
};

interface Props {
  /** Only these platforms: a report fact links to its records as ?ids=1,2,3. */
  ids?: string;
  /** Where a platform's page lives (staff: /tech-platform/platforms, an enterprise: /tech-platform/mine). */
  base: string;
}

/** 创新平台: server-side filters, sort and paging; 登记 / 导入 for those allowed, 导出 of what is shown. */
export function TechPlatformTable({ ids, base }: Props) {
  const actionRef = useRef<ActionType>(undefined);
  const filterRef = useRef<TableQuery>({});
  const [dialog, setDialog] = useState<'create' | 'import' | null>(null);
  const [exporting, setExporting] = useState(false);
  const canWrite = useCan('tech-platform:write');
  const canImport = useCan('tech-platform:import');
  const { user } = useSession();
  const kinds = useDictItems(TECH_PLATFORM_KIND_DICT);
  const levels = useDictItems(TECH_PLATFORM_LEVEL_DICT);

  const reload = () => actionRef.current?.reload();

  const exportList = async () => {
    setExporting(true);
    try {
      saveFile(await techPlatformApi.exportFile(filterRef.current), '创新平台.xlsx');
      showSuccess('已导出当前筛选的平台');
    } catch (e) {
      showError(e);
    } finally {
      setExporting(false);
    }
  };

  const columns: ProColumns<TTechPlatform>[] = [
    { title: '关键字', dataIndex: 'keyword', hideInTable: true, fieldProps: { placeholder: '平台或运营单位名称' } },
    {
      title: '平台名称',
      dataIndex: 'name',
      search: false,
      sorter: true,
      width: 240,
      render: (_d, r) => <Link to={`${base}/${r.id}`}>{r.name}</Link>,
    },
    {
      title: '类别',
      dataIndex: 'kind',
      valueType: 'select',
      valueEnum: dictValueEnum(kinds),
      width: 230,
      render: (_d, r) => r.kindLabel,
    },
    {
      title: '级别',
      dataIndex: 'level',
      valueType: 'select',
      valueEnum: dictValueEnum(levels),
      width: 70,
      render: (_d, r) => r.levelLabel,
    },
    {
      title: '状态',
      dataIndex: 'status',
      valueType: 'select',
      valueEnum: Object.fromEntries(Object.entries(TECH_PLATFORM_STATE_LABELS).map(([k, v]) => [k, { text: v }])),
      width: 90,
      render: (_d, r) => <Tag color={STATE_COLORS[r.status]}>{r.statusLabel}</Tag>,
    },
    { title: '运营单位', dataIndex: 'operatorName', search: false, width: 220, ellipsis: true },
    {
      title: '所属县区',
      dataIndex: 'regionCode',
      width: 100,
      // An enterprise user's platforms are its own: no region to choose.
      hideInSearch: base === '/tech-platform/mine',
      renderFormItem: () => <RegionTreeSelect focusCode={user?.regionCode} placeholder="全部" />,
      render: (_d, r) => r.regionName,
    },
    {
      title: '认定年度',
      dataIndex: 'year',
      valueType: 'digit',
      hideInTable: true,
      fieldProps: { min: 1980, max: 2100, precision: 0 },
    },
    { title: '认定日期', dataIndex: 'recognizedOn', search: false, sorter: true, width: 110 },
    {
      title: '更新时间',
      dataIndex: 'updatedAt',
      search: false,
      sorter: true,
      width: 150,
      render: (_d, r) => formatDateTime(r.updatedAt),
    },
  ];

  const listColumns = useListColumns('tech-platform.platforms', columns, { hidden: ['regionCode', 'updatedAt'] });

  return (
    <>
      <ProTable<TTechPlatform>
        rowKey="id"
        headerTitle={ids ? '创新平台（报告引用的记录）' : '创新平台'}
        actionRef={actionRef}
        params={{ ids }}
        // Every load remembers its filter, so 导出 exports exactly what the table shows.
        request={tableRequest<TTechPlatform>(
          (query, filter) => {
            filterRef.current = filter;
            return techPlatformApi.list(query);
          },
          { filters: pickFilters(...TECH_PLATFORM_FILTERS), sortable: TECH_PLATFORM_SORTABLE },
        )}
        {...listColumns}
        search={{ labelWidth: 'auto', defaultCollapsed: false }}
        form={{ name: 'tech-platform-search' }}
        pagination={{ defaultPageSize: 20, showSizeChanger: true }}
        toolBarRender={() => [
          canWrite && (
            <Button key="add" type="primary" icon={<PlusOutlined />} onClick={() => setDialog('create')}>
              登记平台
            </Button>
          ),
          canImport && (
            <Button key="import" icon={<UploadOutlined />} onClick={() => setDialog('import')}>
              导入
            </Button>
          ),
          <Button key="export" icon={<DownloadOutlined />} loading={exporting} onClick={exportList}>
            导出
          </Button>,
        ]}
      />
      {dialog === 'create' && (
        <TechPlatformFormDrawer
          platform={null}
          onClose={() => setDialog(null)}
          onSaved={() => {
            setDialog(null);
            reload();
          }}
        />
      )}
      {dialog === 'import' && (
        <ImportWizard source={TECH_PLATFORM_IMPORT} onClose={() => setDialog(null)} onImported={reload} />
      )}
    </>
  );
}

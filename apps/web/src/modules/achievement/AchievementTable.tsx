import { useRef, useState } from 'react';
import { ProTable, type ActionType, type ProColumns } from '@ant-design/pro-components';
import { Button, Typography } from 'antd';
import { DownloadOutlined, PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { ACHIEVEMENT_STATE_LABELS, type TAchievement } from '@kechuang/domain';
import { showError, showSuccess } from '../../ui/feedback';
import { formatDateTime } from '../../ui/format';
import { ImportWizard } from '../../ui/import/ImportWizard';
import { saveFile } from '../../ui/save-file';
import { pickFilters, tableRequest, type TableQuery } from '../../ui/table-request';
import { useCan } from '../auth/use-can';
import { useSession } from '../auth/use-session';
import { RegionTreeSelect } from '../regions/RegionTreeSelect';
import { achievementApi, ACHIEVEMENT_FILTERS, ACHIEVEMENT_SORTABLE } from './achievement.api';
import { ACHIEVEMENT_IMPORT } from './achievement-import-source';
import { AchievementDetailDrawer } from './AchievementDetailDrawer';
import { AchievementFormDrawer, type AchievementPrefill } from './AchievementFormDrawer';
import { AchievementStateTag } from './state-tag';
import { labelOf, useAchievementDicts } from './use-achievement-dicts';
import { useListColumns } from '../../ui/list-columns';

type Dialog =
  | { kind: 'create' }
  | { kind: 'edit'; record: TAchievement }
  | { kind: 'view'; id: number }
  | { kind: 'import' }
  | null;

interface Props {
  /** Only these registrations: a report fact links to its records as ?ids=1,2,3. */
  ids?: string;
  /** The enterprise user's own registrations (我的成果登记). */
  mine?: boolean;
  /** Opens a new registration at once with these fields (a link from another record, e.g. a cooperation output). */
  prefill?: AchievementPrefill;
  /** Called once a new registration is saved (the caller links it back to where it came from). */
  onCreated?: (saved: TAchievement) => Promise<void>;
}

/** 科技成果登记: filters, sort and paging on the server; 填报 / 查看 / 导入 for those allowed, 导出 of what is shown. */
export function AchievementTable({ ids, mine, prefill, onCreated }: Props) {
  const actionRef = useRef<ActionType>(undefined);
  const filterRef = useRef<TableQuery>({});
  const [dialog, setDialog] = useState<Dialog>(prefill ? { kind: 'create' } : null);
  // The prefill and its callback serve the first new registration only; a later 填报 starts empty.
  const [fromLink, setFromLink] = useState(!!prefill);
  const [exporting, setExporting] = useState(false);
  const staff = useCan('achievement:write');
  const self = useCan('achievement:self');
  const canImport = useCan('achievement:import');
  const { user } = useSession();
  const dicts = useAchievementDicts();
  const canCreate = staff || (self && !!user?.enterpriseId);

  const reload = () => actionRef.current?.reload();
  const close = () => setDialog(null);

  const exportList = async () => {
    setExporting(true);
    try {
      saveFile(await achievementApi.exportFile(filterRef.current), '科技成果登记.xlsx');
      showSuccess('已导出当前筛选的成果登记');
    } catch (e) {
      showError(e);
    } finally {
      setExporting(false);
    }
  };

  const columns: ProColumns<TAchievement>[] = [
    {
      title: '关键字',
      dataIndex: 'keyword',
      hideInTable: true,
      fieldProps: { placeholder: '成果名称、完成单位或登记号' },
    },
    {
      title: '成果类别',
      dataIndex: 'category',
      hideInTable: true,
      valueType: 'select',
      fieldProps: { options: dicts.category },
    },
    {
      title: '状态',
      dataIndex: 'status',
      hideInTable: true,
      valueType: 'select',
      fieldProps: { options: Object.entries(ACHIEVEMENT_STATE_LABELS).map(([value, label]) => ({ value, label })) },
    },
    {
      title: '年度',
      dataIndex: 'year',
      valueType: 'digit',
      hideInTable: true,
      fieldProps: { min: 2000, max: 2100, precision: 0 },
    },
    {
      title: '所属县区',
      dataIndex: 'regionCode',
      hideInTable: true,
      // Only staff above a county choose one of their counties; a county's staff and enterprises have one.
      hideInSearch: !staff || (user?.scopePrefix.length ?? 6) >= 6,
      renderFormItem: () => (
        <RegionTreeSelect focusCode={user?.regionCode} selectableLevels={['county']} placeholder="全部县区" />
      ),
    },
    {
      title: '成果名称',
      dataIndex: 'name',
      search: false,
      sorter: true,
      width: 260,
      render: (_d, r) => (
        <Typography.Link onClick={() => setDialog({ kind: 'view', id: r.id })}>{r.name}</Typography.Link>
      ),
    },
    {
      title: '类别',
      dataIndex: 'categoryLabel',
      search: false,
      width: 90,
      render: (_d, r) => labelOf(dicts.category, r.category),
    },
    { title: '第一完成单位', dataIndex: 'firstUnitName', search: false, ellipsis: true, width: 220 },
    {
      title: '状态',
      dataIndex: 'statusTag',
      search: false,
      width: 100,
      render: (_d, r) => <AchievementStateTag state={r.status} />,
    },
    { title: '登记号', dataIndex: 'registrationNo', search: false, width: 130 },
    { title: '登记日期', dataIndex: 'registeredOn', search: false, sorter: true, width: 110 },
    { title: '所属县区', dataIndex: 'regionName', search: false, width: 90 },
    {
      title: '更新时间',
      dataIndex: 'updatedAt',
      search: false,
      sorter: true,
      width: 150,
      render: (_d, r) => formatDateTime(r.updatedAt),
    },
    {
      title: '操作',
      valueType: 'option',
      width: 70,
      fixed: 'right',
      render: (_d, r) => <Typography.Link onClick={() => setDialog({ kind: 'view', id: r.id })}>查看</Typography.Link>,
    },
  ];

  const listColumns = useListColumns('achievement.records', columns, { hidden: ['regionName', 'updatedAt'] });

  return (
    <>
      <ProTable<TAchievement>
        rowKey="id"
        headerTitle={ids ? '科技成果登记（报告引用的记录）' : mine ? '我的成果登记' : '科技成果登记'}
        actionRef={actionRef}
        params={{ ids }}
        // Every load remembers its filter, so 导出 exports exactly what the table shows.
        request={tableRequest<TAchievement>(
          (query, filter) => {
            filterRef.current = filter;
            return achievementApi.list(query);
          },
          { filters: pickFilters(...ACHIEVEMENT_FILTERS), sortable: ACHIEVEMENT_SORTABLE },
        )}
        {...listColumns}
        search={{ labelWidth: 'auto', defaultCollapsed: false }}
        form={{ name: 'achievement-search' }}
        pagination={{ defaultPageSize: 20, showSizeChanger: true }}
        toolBarRender={() => [
          canCreate && (
            <Button key="add" type="primary" icon={<PlusOutlined />} onClick={() => setDialog({ kind: 'create' })}>
              填报成果登记
            </Button>
          ),
          canImport && (
            <Button key="import" icon={<UploadOutlined />} onClick={() => setDialog({ kind: 'import' })}>
              导入历史登记
            </Button>
          ),
          <Button key="export" icon={<DownloadOutlined />} loading={exporting} onClick={exportList}>
            导出
          </Button>,
        ]}
      />
      {(dialog?.kind === 'create' || dialog?.kind === 'edit') && (
        <AchievementFormDrawer
          record={dialog.kind === 'edit' ? dialog.record : null}
          ownEnterpriseId={user?.enterpriseId ?? null}
          prefill={dialog.kind === 'create' && fromLink ? prefill : undefined}
          onClose={() => {
            setFromLink(false);
            close();
          }}
          onSaved={(saved) => {
            setDialog({ kind: 'view', id: saved.id });
            reload();
            if (dialog.kind === 'create' && fromLink) onCreated?.(saved).catch(showError);
            setFromLink(false);
          }}
        />
      )}
      {dialog?.kind === 'view' && (
        <AchievementDetailDrawer
          key={dialog.id}
          id={dialog.id}
          onClose={close}
          onChanged={reload}
          onEdit={(record) => setDialog({ kind: 'edit', record })}
        />
      )}
      {dialog?.kind === 'import' && <ImportWizard source={ACHIEVEMENT_IMPORT} onClose={close} onImported={reload} />}
    </>
  );
}

import { useRef, useState } from 'react';
import { ProTable, type ActionType, type ProColumns } from '@ant-design/pro-components';
import { Button, Tag, Typography } from 'antd';
import { DownloadOutlined, PlusOutlined, UploadOutlined } from '@ant-design/icons';
import {
  COMMISSIONER_FIELD_DICT,
  COMMISSIONER_LEVEL_LABELS,
  COMMISSIONER_STATE_LABELS,
  type TCommissioner,
} from '@kechuang/domain';
import { showError, showSuccess } from '../../ui/feedback';
import { ImportWizard } from '../../ui/import/ImportWizard';
import { saveFile } from '../../ui/save-file';
import { pickFilters, tableRequest, type TableQuery } from '../../ui/table-request';
import { useCan } from '../auth/use-can';
import { useDictItems } from '../dict/use-dict-items';
import { commissionerApi, COMMISSIONER_FILTERS, COMMISSIONER_SORTABLE } from './commissioner.api';
import { COMMISSIONER_IMPORT } from './commissioner-import-source';
import { levelLabel, STATE_COLORS, stateLabel, valueEnumOf } from './commissioner-labels';
import { CommissionerDetailDrawer } from './CommissionerDetailDrawer';
import { CommissionerFormDrawer } from './CommissionerFormDrawer';
import { useListColumns } from '../../ui/list-columns';

type Dialog =
  | { kind: 'create' }
  | { kind: 'edit'; record: TCommissioner }
  | { kind: 'detail'; id: number }
  | { kind: 'import' }
  | null;

interface Props {
  /** Only these records: a report fact links to its records as ?ids=1,2,3. */
  ids?: string;
  /** The commissioner's own record(s): read-only, no filters. */
  mine?: boolean;
}

/**
 * 科技特派员名册: server-side filters, sort and paging, ID numbers and phones masked; 新增 / 编辑 / 导入 for those
 * allowed, 导出 of what is shown; a row opens its detail (eligibility, workflow, 三方协议) in a drawer.
 */
export function CommissionerTable({ ids, mine = false }: Props) {
  const actionRef = useRef<ActionType>(undefined);
  const filterRef = useRef<TableQuery>({});
  const [dialog, setDialog] = useState<Dialog>(null);
  const [exporting, setExporting] = useState(false);
  const canWrite = useCan('commissioner:write') && !mine;
  const canImport = useCan('commissioner:import') && !mine;
  const canRead = useCan('commissioner:read');
  const fields = useDictItems(COMMISSIONER_FIELD_DICT);

  const reload = () => actionRef.current?.reload();
  const close = () => setDialog(null);
  const saved = () => {
    setDialog(null);
    reload();
  };

  const exportList = async () => {
    setExporting(true);
    try {
      saveFile(await commissionerApi.exportFile(filterRef.current), '科技特派员名册.xlsx');
      showSuccess('已导出当前筛选的记录（身份证号、电话已脱敏）');
    } catch (e) {
      showError(e);
    } finally {
      setExporting(false);
    }
  };

  const columns: ProColumns<TCommissioner>[] = [
    { title: '关键字', dataIndex: 'keyword', hideInTable: true, fieldProps: { placeholder: '姓名、派出单位、特派团' } },
    {
      title: '级别',
      dataIndex: 'level',
      hideInTable: true,
      valueType: 'select',
      valueEnum: valueEnumOf(COMMISSIONER_LEVEL_LABELS),
    },
    { title: '批次', dataIndex: 'batch', hideInTable: true, fieldProps: { placeholder: '如 第七批' } },
    {
      title: '状态',
      dataIndex: 'status',
      hideInTable: true,
      valueType: 'select',
      valueEnum: valueEnumOf(COMMISSIONER_STATE_LABELS),
    },
    {
      title: '服务领域',
      dataIndex: 'field',
      hideInTable: true,
      valueType: 'select',
      valueEnum: Object.fromEntries(fields.map((f) => [f.value, { text: f.label }])),
    },
    {
      title: '姓名',
      dataIndex: 'name',
      search: false,
      sorter: true,
      width: 100,
      fixed: 'left',
      render: (_d, r) => (
        <Typography.Link onClick={() => setDialog({ kind: 'detail', id: r.id })}>{r.name}</Typography.Link>
      ),
    },
    {
      title: '状态',
      dataIndex: 'statusText',
      search: false,
      width: 96,
      render: (_d, r) => <Tag color={STATE_COLORS[r.status]}>{stateLabel(r.status)}</Tag>,
    },
    { title: '身份证号', dataIndex: 'idNumberMasked', search: false, width: 180 },
    { title: '职称', dataIndex: 'title', search: false, width: 120, render: (_d, r) => r.title ?? r.titleLevel },
    { title: '派出单位', dataIndex: 'unitName', search: false, ellipsis: true, width: 180 },
    { title: '级别', dataIndex: 'levelText', search: false, width: 70, render: (_d, r) => levelLabel(r.level) },
    { title: '批次', dataIndex: 'batchText', search: false, width: 110, render: (_d, r) => r.batch },
    { title: '服务领域', dataIndex: 'fieldText', search: false, width: 100, render: (_d, r) => r.field ?? '-' },
    { title: '任期开始', dataIndex: 'termStart', search: false, sorter: true, width: 110 },
    { title: '任期结束', dataIndex: 'termEnd', search: false, width: 110 },
    {
      title: '操作',
      valueType: 'option',
      width: 100,
      fixed: 'right',
      render: (_d, r) => [
        <Typography.Link key="view" onClick={() => setDialog({ kind: 'detail', id: r.id })}>
          详情
        </Typography.Link>,
        canWrite && (
          <Typography.Link key="edit" onClick={() => setDialog({ kind: 'edit', record: r })}>
            编辑
          </Typography.Link>
        ),
      ],
    },
  ];

  const listColumns = useListColumns('commissioner.roster', columns, { hidden: ['idNumberMasked', 'batchText'] });

  return (
    <>
      <ProTable<TCommissioner>
        rowKey="id"
        headerTitle={ids ? '科技特派员（报告引用的记录）' : mine ? '我的特派员档案' : '科技特派员名册'}
        actionRef={actionRef}
        params={{ ids }}
        // Every load remembers its filter, so 导出 exports exactly what the table shows.
        request={tableRequest<TCommissioner>(
          (query, filter) => {
            filterRef.current = filter;
            return commissionerApi.list(query);
          },
          { filters: pickFilters(...COMMISSIONER_FILTERS), sortable: COMMISSIONER_SORTABLE },
        )}
        {...listColumns}
        search={mine ? false : { labelWidth: 'auto', defaultCollapsed: true }}
        form={{ name: 'commissioner-search' }}
        pagination={{ defaultPageSize: 20, showSizeChanger: true }}
        toolBarRender={() => [
          canWrite && (
            <Button key="add" type="primary" icon={<PlusOutlined />} onClick={() => setDialog({ kind: 'create' })}>
              新增特派员
            </Button>
          ),
          canImport && (
            <Button key="import" icon={<UploadOutlined />} onClick={() => setDialog({ kind: 'import' })}>
              导入
            </Button>
          ),
          canRead && (
            <Button key="export" icon={<DownloadOutlined />} loading={exporting} onClick={exportList}>
              导出
            </Button>
          ),
        ]}
      />
      {dialog?.kind === 'create' && <CommissionerFormDrawer record={null} onClose={close} onSaved={saved} />}
      {dialog?.kind === 'edit' && (
        <CommissionerFormDrawer key={dialog.record.id} record={dialog.record} onClose={close} onSaved={saved} />
      )}
      {dialog?.kind === 'detail' && (
        <CommissionerDetailDrawer id={dialog.id} readOnly={mine} onClose={close} onChanged={reload} />
      )}
      {dialog?.kind === 'import' && <ImportWizard source={COMMISSIONER_IMPORT} onClose={close} onImported={reload} />}
    </>
  );
}

import { useRef, useState } from 'react';
import { ProTable, type ActionType, type ProColumns } from '@ant-design/pro-components';
import { Button, Space, Tag, Typography } from 'antd';
import { DownloadOutlined, PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { NOMINATION_STATE_LABELS, NOMINEE_KIND_LABELS, type TAwardNomination } from '@kechuang/domain';
import { showError, showSuccess } from '../../ui/feedback';
import { ImportWizard } from '../../ui/import/ImportWizard';
import { saveFile } from '../../ui/save-file';
import { pickFilters, tableRequest, type TableQuery } from '../../ui/table-request';
import { useCan } from '../auth/use-can';
import { AWARD_RESULT_IMPORT } from './award-import-source';
import { awardApi, NOMINATION_FILTERS, NOMINATION_SORTABLE } from './award.api';
import { NominationFormDrawer } from './NominationFormDrawer';
import { NominationResultModal } from './NominationResultModal';
import { AwardHistoryModal } from './AwardHistoryModal';
import { useAwardLabels, valueEnumOf } from './use-award-labels';
import { useListColumns } from '../../ui/list-columns';

type Dialog =
  | { kind: 'create' }
  | { kind: 'edit'; record: TAwardNomination }
  | { kind: 'result'; record: TAwardNomination }
  | { kind: 'import' }
  | { kind: 'history'; record: TAwardNomination }
  | null;

const STATE_COLOR: Record<string, string> = { nominated: 'processing', awarded: 'success', not_awarded: 'default' };

interface Props {
  /** Only these records: a report fact links to its records as ?ids=1,2,3. */
  ids?: string;
  /** Only this programme's nominations (from the programme list). */
  programmeId?: number;
  /** An enterprise user's own nominations: read only. */
  readOnly?: boolean;
}

/** 推荐与获奖: nominations with their results; 登记推荐 / 登记结果 / 导入 for staff, 导出 of what is shown. */
export function NominationTable({ ids, programmeId, readOnly }: Props) {
  const actionRef = useRef<ActionType>(undefined);
  const filterRef = useRef<TableQuery>({});
  const [dialog, setDialog] = useState<Dialog>(null);
  const [exporting, setExporting] = useState(false);
  const canWrite = useCan('award:write') && !readOnly;
  const canImport = useCan('award:import') && !readOnly;
  const labels = useAwardLabels();
  const reload = () => actionRef.current?.reload();
  const close = () => setDialog(null);
  const saved = () => {
    setDialog(null);
    reload();
  };

  const exportList = async () => {
    setExporting(true);
    try {
      saveFile(await awardApi.exportNominations(filterRef.current), '推荐与获奖.xlsx');
      showSuccess('已导出当前筛选的记录');
    } catch (e) {
      showError(e);
    } finally {
      setExporting(false);
    }
  };

  const columns: ProColumns<TAwardNomination>[] = [
    { title: '关键字', dataIndex: 'keyword', hideInTable: true, fieldProps: { placeholder: '单位、姓名、成果名称' } },
    { title: '评选', dataIndex: 'programmeName', search: false, width: 180, ellipsis: true },
    { title: '奖项类别', dataIndex: 'category', valueEnum: valueEnumOf(labels.categories), width: 140 },
    {
      title: '单位 / 个人',
      dataIndex: 'unitName',
      search: false,
      width: 200,
      render: (_d, r) =>
        r.personName ? (
          <Space direction="vertical" size={0}>
            <span>{r.personName}</span>
            <Typography.Text type="secondary">{r.unitName}</Typography.Text>
          </Space>
        ) : (
          r.unitName
        ),
    },
    {
      title: '结果',
      dataIndex: 'state',
      valueEnum: valueEnumOf(NOMINATION_STATE_LABELS),
      width: 200,
      render: (_d, r) => (
        <Space size={4} style={{ whiteSpace: 'nowrap' }}>
          <Tag color={STATE_COLOR[r.state]} bordered={false}>
            {NOMINATION_STATE_LABELS[r.state]}
          </Tag>
          {r.grade && <span>{labels.grades[r.grade] ?? r.grade}</span>}
          {r.rank && <span>第 {r.rank} 名</span>}
        </Space>
      ),
    },
    { title: '公布日期', dataIndex: 'announcedOn', search: false, sorter: true, width: 110 },
    { title: '推荐日期', dataIndex: 'nominatedOn', search: false, sorter: true, width: 110 },
    { title: '成果名称', dataIndex: 'title', search: false, ellipsis: true, width: 140 },
    {
      title: '年度',
      dataIndex: 'year',
      valueType: 'digit',
      hideInTable: true,
      width: 80,
      fieldProps: { precision: 0 },
      render: (_d, r) => r.year,
    },
    { title: '级别', dataIndex: 'level', valueEnum: valueEnumOf(labels.levels), hideInTable: true, width: 80 },
    {
      title: '类型',
      dataIndex: 'nomineeKind',
      valueEnum: valueEnumOf(NOMINEE_KIND_LABELS),
      hideInTable: true,
      width: 70,
    },
    {
      title: '操作',
      valueType: 'option',
      width: canWrite ? 170 : 80,
      fixed: 'right',
      render: (_d, r) => (
        <Space>
          {canWrite && <Typography.Link onClick={() => setDialog({ kind: 'edit', record: r })}>编辑</Typography.Link>}
          {canWrite && r.state === 'nominated' && (
            <Typography.Link onClick={() => setDialog({ kind: 'result', record: r })}>登记结果</Typography.Link>
          )}
          <Typography.Link onClick={() => setDialog({ kind: 'history', record: r })}>记录</Typography.Link>
        </Space>
      ),
    },
  ];

  const listColumns = useListColumns('award.nominations', columns, { hidden: ['category', 'announcedOn'] });

  return (
    <>
      <ProTable<TAwardNomination>
        rowKey="id"
        headerTitle={ids ? '推荐与获奖（报告引用的记录）' : '推荐与获奖'}
        actionRef={actionRef}
        params={{ ids, programmeId }}
        request={tableRequest<TAwardNomination>(
          (query, filter) => {
            filterRef.current = filter;
            return awardApi.nominations(query);
          },
          { filters: pickFilters(...NOMINATION_FILTERS), sortable: NOMINATION_SORTABLE },
        )}
        {...listColumns}
        search={{ labelWidth: 'auto', defaultCollapsed: true }}
        form={{ name: 'award-nomination-search' }}
        pagination={{ defaultPageSize: 20, showSizeChanger: true }}
        toolBarRender={() => [
          canWrite && (
            <Button key="add" type="primary" icon={<PlusOutlined />} onClick={() => setDialog({ kind: 'create' })}>
              登记推荐
            </Button>
          ),
          canImport && (
            <Button key="import" icon={<UploadOutlined />} onClick={() => setDialog({ kind: 'import' })}>
              导入结果
            </Button>
          ),
          <Button key="export" icon={<DownloadOutlined />} loading={exporting} onClick={exportList}>
            导出
          </Button>,
        ]}
      />
      {dialog?.kind === 'create' && (
        <NominationFormDrawer record={null} programmeId={programmeId} onClose={close} onSaved={saved} />
      )}
      {dialog?.kind === 'edit' && (
        <NominationFormDrawer key={dialog.record.id} record={dialog.record} onClose={close} onSaved={saved} />
      )}
      {dialog?.kind === 'result' && <NominationResultModal record={dialog.record} onClose={close} onSaved={saved} />}
      {dialog?.kind === 'history' && (
        <AwardHistoryModal
          subject="nomination"
          id={dialog.record.id}
          title={dialog.record.personName ?? dialog.record.unitName ?? ''}
          onClose={close}
        />
      )}
      {dialog?.kind === 'import' && <ImportWizard source={AWARD_RESULT_IMPORT} onClose={close} onImported={reload} />}
    </>
  );
}

import { useRef, useState } from 'react';
import { ProTable, type ActionType, type ProColumns } from '@ant-design/pro-components';
import { Button, Space, Tag, Typography } from 'antd';
import { DownloadOutlined, PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { COMPETITION_STAGE_LABELS, NOMINEE_KIND_LABELS, nextStage, type TCompetitionEntry } from '@kechuang/domain';
import { showError, showSuccess } from '../../ui/feedback';
import { ImportWizard } from '../../ui/import/ImportWizard';
import { saveFile } from '../../ui/save-file';
import { pickFilters, tableRequest, type TableQuery } from '../../ui/table-request';
import { useCan } from '../auth/use-can';
import { ENTRY_IMPORT } from './award-import-source';
import { awardApi, ENTRY_FILTERS, ENTRY_SORTABLE } from './award.api';
import { EntryFormDrawer } from './EntryFormDrawer';
import { EntryMoveModal } from './EntryMoveModal';
import { AwardHistoryModal } from './AwardHistoryModal';
import { useAwardLabels, valueEnumOf } from './use-award-labels';
import { RowActions } from '../../ui/RowActions';
import { useListColumns } from '../../ui/list-columns';

type Dialog =
  | { kind: 'create' }
  | { kind: 'edit'; record: TCompetitionEntry }
  | { kind: 'advance' | 'award'; record: TCompetitionEntry }
  | { kind: 'import' }
  | { kind: 'history'; record: TCompetitionEntry }
  | null;

interface Props {
  ids?: string;
  competitionId?: number;
  readOnly?: boolean;
}

/** 参赛记录: entries with the stage reached and any award; 登记参赛 / 晋级 / 登记获奖 for staff, 导出 of what is shown. */
export function EntryTable({ ids, competitionId, readOnly }: Props) {
  const actionRef = useRef<ActionType>(undefined);
  const filterRef = useRef<TableQuery>({});
  const [dialog, setDialog] = useState<Dialog>(null);
  const [exporting, setExporting] = useState(false);
  const canWrite = useCan('award:write') && !readOnly;
  const canImport = useCan('award:import') && !readOnly;
  const labels = useAwardLabels();
  const close = () => setDialog(null);
  const saved = () => {
    setDialog(null);
    actionRef.current?.reload();
  };
  const exportList = async () => {
    setExporting(true);
    try {
      saveFile(await awardApi.exportEntries(filterRef.current), '参赛记录.xlsx');
      showSuccess('已导出当前筛选的记录');
    } catch (e) {
      showError(e);
    } finally {
      setExporting(false);
    }
  };

  const columns: ProColumns<TCompetitionEntry>[] = [
    { title: '关键字', dataIndex: 'keyword', hideInTable: true, fieldProps: { placeholder: '单位、姓名、参赛项目' } },
    { title: '大赛', dataIndex: 'competitionName', search: false, width: 220, ellipsis: true },
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
    { title: '阶段', dataIndex: 'stage', valueEnum: valueEnumOf(COMPETITION_STAGE_LABELS), width: 80 },
    {
      title: '获奖',
      dataIndex: 'awarded',
      valueEnum: { true: { text: '已获奖' }, false: { text: '未获奖' } },
      width: 100,
      render: (_d, r) =>
        r.award ? (
          <Tag color="success" bordered={false}>
            {labels.grades[r.award] ?? r.award}
          </Tag>
        ) : (
          '—'
        ),
    },
    { title: '报名日期', dataIndex: 'enteredOn', search: false, sorter: true, width: 110 },
    { title: '参赛项目', dataIndex: 'projectTitle', search: false, ellipsis: true, width: 140 },
    {
      title: '年度',
      dataIndex: 'year',
      valueType: 'digit',
      hideInTable: true,
      width: 80,
      fieldProps: { precision: 0 },
      render: (_d, r) => r.year,
    },
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
      width: canWrite ? 150 : 80,
      fixed: 'right',
      render: (_d, r) => (
        <RowActions
          inline={2}
          actions={[
            { key: 'edit', label: '编辑', visible: canWrite, onClick: () => setDialog({ kind: 'edit', record: r }) },
            {
              key: 'advance',
              label: '晋级',
              visible: canWrite && !!nextStage(r.stage),
              onClick: () => setDialog({ kind: 'advance', record: r }),
            },
            {
              key: 'award',
              label: '登记获奖',
              visible: canWrite && !r.award,
              onClick: () => setDialog({ kind: 'award', record: r }),
            },
            { key: 'history', label: '记录', onClick: () => setDialog({ kind: 'history', record: r }) },
          ]}
        />
      ),
    },
  ];

  const listColumns = useListColumns('award.entries', columns, { hidden: [] });

  return (
    <>
      <ProTable<TCompetitionEntry>
        rowKey="id"
        headerTitle={ids ? '参赛记录（报告引用的记录）' : '参赛记录'}
        actionRef={actionRef}
        params={{ ids, competitionId }}
        request={tableRequest<TCompetitionEntry>(
          (query, filter) => {
            filterRef.current = filter;
            return awardApi.entries(query);
          },
          { filters: pickFilters(...ENTRY_FILTERS), sortable: ENTRY_SORTABLE },
        )}
        {...listColumns}
        search={{ labelWidth: 'auto', defaultCollapsed: true }}
        form={{ name: 'award-entry-search' }}
        pagination={{ defaultPageSize: 20, showSizeChanger: true }}
        toolBarRender={() => [
          canWrite && (
            <Button key="add" type="primary" icon={<PlusOutlined />} onClick={() => setDialog({ kind: 'create' })}>
              登记参赛
            </Button>
          ),
          canImport && (
            <Button key="import" icon={<UploadOutlined />} onClick={() => setDialog({ kind: 'import' })}>
              导入
            </Button>
          ),
          <Button key="export" icon={<DownloadOutlined />} loading={exporting} onClick={exportList}>
            导出
          </Button>,
        ]}
      />
      {dialog?.kind === 'create' && (
        <EntryFormDrawer record={null} competitionId={competitionId} onClose={close} onSaved={saved} />
      )}
      {dialog?.kind === 'edit' && (
        <EntryFormDrawer key={dialog.record.id} record={dialog.record} onClose={close} onSaved={saved} />
      )}
      {(dialog?.kind === 'advance' || dialog?.kind === 'award') && (
        <EntryMoveModal record={dialog.record} move={dialog.kind} onClose={close} onSaved={saved} />
      )}
      {dialog?.kind === 'history' && (
        <AwardHistoryModal
          subject="entry"
          id={dialog.record.id}
          title={dialog.record.personName ?? dialog.record.unitName ?? ''}
          onClose={close}
        />
      )}
      {dialog?.kind === 'import' && (
        <ImportWizard source={ENTRY_IMPORT} onClose={close} onImported={() => actionRef.current?.reload()} />
      )}
    </>
  );
}

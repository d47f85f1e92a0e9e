import { useRef, useState } from 'react';
import { Link } from 'react-router-dom';
import { ProTable, type ActionType } from '@ant-design/pro-components';
import { Button, Space } from 'antd';
import { UploadOutlined } from '@ant-design/icons';
import {
  APPLICATION_STATE_LABELS,
  APPLICATION_STATES,
  type ApplicationState,
  formatWanAmount,
  type TApplication,
} from '@kechuang/domain';
import { getFeedback, showSuccess } from '../../ui/feedback';
import { formatDateTime } from '../../ui/format';
import { handleMutationError } from '../../ui/mutation-error';
import { pickFilters, tableRequest } from '../../ui/table-request';
import { useCan } from '../auth/use-can';
import { dictValueEnum } from '../dict/dict-value-enum';
import { useDictItems } from '../dict/use-dict-items';
import { ImportWizard } from '../../ui/import/ImportWizard';
import { AssignExpertsModal } from './AssignExpertsModal';
import { projectApi } from './project.api';
import { PROJECT_IMPORT } from './project-import-source';
import { StateTag } from './state-tag';
import { TransitionModal, type TransitionValues } from './TransitionModal';
import { useListColumns } from '../../ui/list-columns';

type Dialog = { kind: 'batch'; to: 'recommended' | 'returned' } | { kind: 'assign' } | { kind: 'import' } | null;

/** 项目申报 (staff, leaders): applications per state, batch 推荐/退回 and expert assignment. */
/** `ids`: only these applications (a dashboard or report figure links to its records as ?ids=1,2,3). */
export function ApplicationTable({ ids }: { ids?: string } = {}) {
  const actionRef = useRef<ActionType>(undefined);
  const [tab, setTab] = useState<string>('all');
  const [selected, setSelected] = useState<TApplication[]>([]);
  const [dialog, setDialog] = useState<Dialog>(null);
  const categories = useDictItems('project_category');
  const canWrite = useCan('project:write');
  const canImport = useCan('project:application:import');
  const reload = () => {
    setSelected([]);
    actionRef.current?.clearSelected?.();
    actionRef.current?.reload();
  };

  const batch = async (to: 'recommended' | 'returned', v: TransitionValues) => {
    try {
      const results = await projectApi.batchTransition({
        items: selected.map((a) => ({ id: a.id, version: a.version })),
        to,
        comment: v.comment,
        visibility: v.visibility,
      });
      const failed = results.filter((r) => !r.ok);
      if (failed.length === 0) showSuccess(`已${APPLICATION_STATE_LABELS[to]} ${results.length} 份申报书`);
      else {
        getFeedback().modal.warning({
          title: `成功 ${results.length - failed.length} 份，失败 ${failed.length} 份`,
          content: failed.map((f) => `#${f.id}：${f.error?.message ?? ''}`).join('\n'),
        });
      }
      setDialog(null);
      reload();
      return true;
    } catch (e) {
      handleMutationError(e, { reload });
      return false;
    }
  };

  const listColumns = useListColumns<TApplication>(
    'project.applications',
    [
      { title: '项目名称/单位', dataIndex: 'keyword', hideInTable: true },
      {
        title: '项目名称',
        dataIndex: 'title',
        search: false,
        width: 280,
        render: (_d, a) => <Link to={`/project/applications/${a.id}`}>{a.title}</Link>,
      },
      { title: '申报单位', dataIndex: 'enterpriseName', search: false, width: 220, ellipsis: true },
      { title: '批次', dataIndex: 'callTitle', search: false, width: 220, ellipsis: true },
      {
        title: '类别',
        dataIndex: 'category',
        valueType: 'select',
        valueEnum: dictValueEnum(categories),
        width: 170,
        render: (_d, a) => a.categoryLabel,
      },
      { title: '年度', dataIndex: 'year', valueType: 'digit', width: 70, render: (_d, a) => a.year },
      {
        title: '申请金额（万元）',
        dataIndex: 'requestedAmount',
        search: false,
        width: 130,
        align: 'right',
        render: (_d, a) => formatWanAmount(a.requestedAmount),
      },
      {
        title: '状态',
        dataIndex: 'state',
        search: false,
        width: 100,
        render: (_d, a) => <StateTag state={a.state as ApplicationState} />,
      },
      {
        title: '提交时间',
        dataIndex: 'submittedAt',
        search: false,
        width: 140,
        render: (_d, a) => formatDateTime(a.submittedAt),
      },
      {
        title: '操作',
        valueType: 'option',
        width: 80,
        fixed: 'right',
        render: (_d, a) => <Link to={`/project/applications/${a.id}`}>办理</Link>,
      },
    ],
    { hidden: ['callTitle', 'category', 'year'], selectable: canWrite },
  );

  return (
    <>
      <ProTable<TApplication>
        rowKey="id"
        actionRef={actionRef}
        params={{ tab, ids }}
        request={tableRequest<TApplication>('/applications', {
          filters: (p) => ({
            ...pickFilters('keyword', 'category', 'year', 'ids')(p),
            state: p.tab === 'all' ? undefined : (p.tab as string),
          }),
        })}
        toolbar={{
          menu: {
            type: 'tab',
            activeKey: tab,
            items: [
              { key: 'all', label: '全部' },
              ...APPLICATION_STATES.map((s) => ({ key: s, label: APPLICATION_STATE_LABELS[s] })),
            ],
            onChange: (k) => {
              setSelected([]);
              setTab(String(k));
            },
          },
        }}
        rowSelection={canWrite ? { onChange: (_k, rows) => setSelected(rows) } : undefined}
        tableAlertOptionRender={() =>
          canWrite ? (
            <Space size={12}>
              <Button size="small" type="primary" onClick={() => setDialog({ kind: 'batch', to: 'recommended' })}>
                批量推荐上报
              </Button>
              <Button size="small" danger onClick={() => setDialog({ kind: 'batch', to: 'returned' })}>
                批量退回修改
              </Button>
              <Button size="small" onClick={() => setDialog({ kind: 'assign' })}>
                指派专家
              </Button>
            </Space>
          ) : null
        }
        toolBarRender={() => [
          canImport && (
            <Button key="import" icon={<UploadOutlined />} onClick={() => setDialog({ kind: 'import' })}>
              导入历史项目
            </Button>
          ),
        ]}
        search={{ labelWidth: 'auto' }}
        pagination={{ defaultPageSize: 20, showSizeChanger: true }}
        {...listColumns}
      />
      {dialog?.kind === 'batch' && (
        <TransitionModal
          title={`${dialog.to === 'recommended' ? '批量推荐上报' : '批量退回修改'}（${selected.length} 份）`}
          reasonRequired={dialog.to === 'returned'}
          staff
          onClose={() => setDialog(null)}
          onSubmit={(v) => batch(dialog.to, v)}
        />
      )}
      {dialog?.kind === 'import' && (
        <ImportWizard source={PROJECT_IMPORT} onClose={() => setDialog(null)} onImported={reload} />
      )}
      {dialog?.kind === 'assign' && (
        <AssignExpertsModal
          applicationIds={selected.map((a) => a.id)}
          onClose={() => setDialog(null)}
          onSaved={() => {
            setDialog(null);
            reload();
          }}
        />
      )}
    </>
  );
}

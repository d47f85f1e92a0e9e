import { useRef, useState } from 'react';
import { ProTable, type ActionType } from '@ant-design/pro-components';
import { Button, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { manualStageMoves, type TQualification } from '@kechuang/domain';
import { pickFilters, tableRequest } from '../../../ui/table-request';
import { useCan } from '../../auth/use-can';
import { useDictItems } from '../../dict/use-dict-items';
import { CreateQualificationModal } from './CreateQualificationModal';
import { MoveStageModal } from './MoveStageModal';
import { qualificationColumns } from './qualification-columns';
import { useListColumns } from '../../../ui/list-columns';

interface Props {
  /** Set on an enterprise's detail: only its records, no enterprise column or search form. */
  enterpriseId?: number;
  /** Read-only for enterprise users (我的企业). */
  readOnly?: boolean;
  /** Called after a record changed, so the page can refresh what depends on it (tier tags, timeline). */
  onChanged?: () => void;
  /** Only these records: a dashboard or report figure links to its records as ?ids=1,2,3. */
  ids?: string;
}

type Dialog = { kind: 'create' } | { kind: 'move'; q: TQualification } | null;

/** 资质记录 with filters (on the 资质管理 page) and 推进阶段 / 登记资质 for staff. */
export function QualificationTable({ enterpriseId, readOnly = false, onChanged, ids }: Props) {
  const actionRef = useRef<ActionType>(undefined);
  const [dialog, setDialog] = useState<Dialog>(null);
  const tierItems = useDictItems('qualification_tier');
  const stageItems = useDictItems('qualification_stage');
  const canWrite = useCan('qualification:write') && !readOnly;
  const embedded = enterpriseId !== undefined;

  const saved = () => {
    setDialog(null);
    actionRef.current?.reload();
    onChanged?.();
  };

  const listColumns = useListColumns<TQualification>(
    'enterprise.qualifications',
    [
      ...qualificationColumns({ withEnterprise: !embedded, tierItems, stageItems }),
      ...(canWrite
        ? [
            {
              title: '操作',
              valueType: 'option' as const,
              width: 90,
              fixed: 'right' as const,
              render: (_d: unknown, q: TQualification) =>
                manualStageMoves(q.stage).length ? (
                  <Typography.Link onClick={() => setDialog({ kind: 'move', q })}>推进阶段</Typography.Link>
                ) : (
                  <Typography.Text type="secondary">已结束</Typography.Text>
                ),
            },
          ]
        : []),
    ],
    { hidden: ['batch', 'certificateNo', 'appliedOn'] },
  );

  return (
    <>
      <ProTable<TQualification>
        rowKey="id"
        headerTitle={ids ? '资质记录（报告引用的记录）' : '资质记录'}
        actionRef={actionRef}
        params={{ enterpriseId, ids }}
        request={tableRequest<TQualification>('/qualifications', {
          filters: pickFilters('enterpriseId', 'tier', 'stage', 'year', 'keyword', 'ids'),
        })}
        {...listColumns}
        search={embedded ? false : { labelWidth: 'auto', defaultCollapsed: false }}
        form={{ name: embedded ? 'qualification-embedded' : 'qualification-search' }}
        options={embedded ? false : undefined}
        pagination={{ defaultPageSize: embedded ? 10 : 20, showSizeChanger: !embedded, hideOnSinglePage: embedded }}
        toolBarRender={() =>
          canWrite
            ? [
                <Button
                  key="add"
                  type={embedded ? 'default' : 'primary'}
                  icon={<PlusOutlined />}
                  onClick={() => setDialog({ kind: 'create' })}
                >
                  登记资质
                </Button>,
              ]
            : []
        }
      />
      {dialog?.kind === 'create' && (
        <CreateQualificationModal enterpriseId={enterpriseId} onClose={() => setDialog(null)} onSaved={saved} />
      )}
      {dialog?.kind === 'move' && (
        <MoveStageModal key={dialog.q.id} qualification={dialog.q} onClose={() => setDialog(null)} onSaved={saved} />
      )}
    </>
  );
}

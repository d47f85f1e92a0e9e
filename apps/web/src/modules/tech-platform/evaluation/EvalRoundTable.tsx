import { useRef } from 'react';
import { useNavigate } from 'react-router-dom';
import { ProTable, type ActionType } from '@ant-design/pro-components';
import { Tag, Typography } from 'antd';
import { EVAL_ROUND_STATE_LABELS, TECH_PLATFORM_KINDS, type TEvalRound } from '@kechuang/domain';
import { pickFilters, tableRequest } from '../../../ui/table-request';
import { useCan } from '../../auth/use-can';
import { useSession } from '../../auth/use-session';
import { HardshipSwitch } from './HardshipSwitch';
import { OpenRoundModal } from './OpenRoundModal';
import { SchemesDrawer } from './SchemesDrawer';

const STATE_COLORS: Record<string, string> = {
  open: 'blue',
  reviewing: 'orange',
  graded: 'green',
  published: 'purple',
};
const kindLabel = (k: string) => TECH_PLATFORM_KINDS[k as keyof typeof TECH_PLATFORM_KINDS] ?? k;

/**
 * The evaluation rounds the user may see (staff: the region's; an operator: those with its platforms; an expert: those
 * assigned): 开启评价 for staff; a row opens the round. `ids` narrows to a report fact's rounds.
 */
export function EvalRoundTable({ ids, title = '综合评价批次' }: { ids?: string; title?: string }) {
  const actionRef = useRef<ActionType>(undefined);
  const navigate = useNavigate();
  const canOpen = useCan('tech-platform:write');
  const isReader = useCan('tech-platform:read');
  const { user } = useSession();
  return (
    <ProTable<TEvalRound>
      rowKey="id"
      headerTitle={title}
      actionRef={actionRef}
      params={{ ids }}
      request={tableRequest<TEvalRound>('/tech-platform/evaluation/rounds', {
        filters: pickFilters('year', 'state', 'ids'),
      })}
      search={{ labelWidth: 'auto' }}
      pagination={{ defaultPageSize: 20 }}
      toolBarRender={() => [
        ...(canOpen && user ? [<HardshipSwitch key="hardship" regionCode={user.regionCode} />] : []),
        ...(isReader ? [<SchemesDrawer key="schemes" />] : []),
        ...(canOpen
          ? [<OpenRoundModal key="open" onOpened={(id) => navigate(`/tech-platform/evaluation/rounds/${id}`)} />]
          : []),
      ]}
      columns={[
        {
          title: '评价批次',
          dataIndex: 'title',
          search: false,
          render: (_d, r) => (
            <Typography.Link onClick={() => navigate(`/tech-platform/evaluation/rounds/${r.id}`)}>
              {r.title}
            </Typography.Link>
          ),
        },
        // A year is not a quantity: no thousands separator.
        { title: '年度', dataIndex: 'year', valueType: 'digit', width: 90, render: (_d, r) => String(r.year) },
        {
          title: '平台类型',
          dataIndex: 'kinds',
          search: false,
          width: 200,
          render: (_d, r) => r.kinds.map(kindLabel).join('、'),
        },
        { title: '县区', dataIndex: 'regionName', search: false, width: 100 },
        {
          title: '状态',
          dataIndex: 'state',
          valueType: 'select',
          width: 110,
          valueEnum: Object.fromEntries(Object.entries(EVAL_ROUND_STATE_LABELS).map(([k, v]) => [k, { text: v }])),
          render: (_d, r) => <Tag color={STATE_COLORS[r.state]}>{r.stateLabel}</Tag>,
        },
        {
          title: '已提交 / 平台数',
          dataIndex: 'submitted',
          search: false,
          width: 130,
          render: (_d, r) => `${r.submitted} / ${r.entries}`,
        },
        { title: '开始日期', dataIndex: 'openedOn', search: false, width: 120 },
        {
          title: '艰苦边远地区',
          dataIndex: 'hardshipArea',
          search: false,
          width: 120,
          render: (_d, r) => (r.hardshipArea ? <Tag color="gold">下调 20%</Tag> : '否'),
        },
      ]}
    />
  );
}

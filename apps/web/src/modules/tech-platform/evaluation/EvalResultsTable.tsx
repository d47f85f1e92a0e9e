import { ProTable } from '@ant-design/pro-components';
import { TECH_PLATFORM_KINDS, type TEvalEntry } from '@kechuang/domain';
import { tableRequest } from '../../../ui/table-request';
import { evaluationApi } from './evaluation.api';
import { GradeTag } from './GradeTag';
import { QuantitativeItems } from './QuantitativeItems';

/** The results behind a report fact (`?ids=`): platform, round, scores and grade, with the working. */
export function EvalResultsTable({ ids }: { ids: string }) {
  return (
    <ProTable<TEvalEntry>
      rowKey="id"
      headerTitle="综合评价结果"
      search={false}
      params={{ ids }}
      request={tableRequest<TEvalEntry>(() => evaluationApi.results(ids))}
      pagination={false}
      expandable={{ expandedRowRender: (e) => <QuantitativeItems entry={e} /> }}
      columns={[
        { title: '平台', dataIndex: 'platformName', width: 220 },
        {
          title: '类型',
          dataIndex: 'kind',
          width: 110,
          render: (_d, e) => TECH_PLATFORM_KINDS[e.kind as keyof typeof TECH_PLATFORM_KINDS] ?? e.kind,
        },
        { title: '运营单位', dataIndex: 'enterpriseName', width: 220 },
        { title: '评价批次', dataIndex: 'roundTitle', width: 260, ellipsis: true },
        { title: '总分', dataIndex: 'totalScore', width: 80 },
        { title: '等级', dataIndex: 'grade', width: 110, render: (_d, e) => <GradeTag entry={e} /> },
      ]}
    />
  );
}

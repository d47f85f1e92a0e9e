import { useState } from 'react';
import { ProTable, type ProColumns } from '@ant-design/pro-components';
import { Typography } from 'antd';
import { COOPERATION_DICTS, type TCoopOutputRow } from '@kechuang/domain';
import { pickFilters, tableRequest } from '../../ui/table-request';
import { useDictItems } from '../dict/use-dict-items';
import { dictEnum } from './coop-ui';
import { coopProjectApi, OUTPUT_FILTERS } from './cooperation.api';
import { CoopProjectDetailDrawer } from './CoopProjectDetailDrawer';
import { useListColumns } from '../../ui/list-columns';

/** 合作成果: every output of the projects in scope, with the project it came from (opened in its detail). */
export function OutputTable({ ids }: { ids?: string }) {
  const kinds = useDictItems(COOPERATION_DICTS.outputKind);
  const [project, setProject] = useState<number | null>(null);
  const columns: ProColumns<TCoopOutputRow>[] = [
    { title: '关键字', dataIndex: 'keyword', hideInTable: true, fieldProps: { placeholder: '成果名称' } },
    {
      title: '取得年度',
      dataIndex: 'year',
      valueType: 'digit',
      hideInTable: true,
      fieldProps: { min: 2000, max: 2100, precision: 0 },
    },
    { title: '成果名称', dataIndex: 'title', search: false, width: 240, ellipsis: true },
    { title: '成果类型', dataIndex: 'kind', valueType: 'select', valueEnum: dictEnum(kinds), width: 100 },
    { title: '数量', dataIndex: 'count', search: false, align: 'right', width: 70 },
    { title: '取得日期', dataIndex: 'achievedOn', search: false, width: 110 },
    {
      title: '合作项目',
      dataIndex: 'projectName',
      search: false,
      width: 200,
      ellipsis: true,
      render: (_d, r) => <Typography.Link onClick={() => setProject(r.projectId)}>{r.projectName}</Typography.Link>,
    },
    { title: '合作企业', dataIndex: 'enterpriseName', search: false, width: 190, ellipsis: true },
    { title: '合作院所', dataIndex: 'partnerName', search: false, width: 160, ellipsis: true },
  ];
  const listColumns = useListColumns('cooperation.outputs', columns, { hidden: ['partnerName'] });

  return (
    <>
      <ProTable<TCoopOutputRow>
        rowKey="id"
        headerTitle={ids ? '合作成果（报告引用的记录）' : '合作成果'}
        params={{ ids }}
        request={tableRequest<TCoopOutputRow>((query) => coopProjectApi.outputs(query), {
          filters: pickFilters(...OUTPUT_FILTERS),
        })}
        {...listColumns}
        search={{ labelWidth: 'auto', defaultCollapsed: false }}
        form={{ name: 'coop-output-search' }}
        pagination={{ defaultPageSize: 20, showSizeChanger: true }}
      />
      {project !== null && (
        <CoopProjectDetailDrawer id={project} onClose={() => setProject(null)} onChanged={() => undefined} />
      )}
    </>
  );
}

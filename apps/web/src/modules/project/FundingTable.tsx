import { useRef, useState } from 'react';
import { Link } from 'react-router-dom';
import { ProTable, type ActionType } from '@ant-design/pro-components';
import { Button, Space, Typography } from 'antd';
import { DownloadOutlined, PlusOutlined } from '@ant-design/icons';
import { formatWanAmount, fundingKindTotalsText, type TFundingKindTotal, type TFundingRecord } from '@kechuang/domain';
import { showError } from '../../ui/feedback';
import { saveFile } from '../../ui/save-file';
import { tableRequest, type TableParams, type TableQuery } from '../../ui/table-request';
import { useCan } from '../auth/use-can';
import { dictValueEnum } from '../dict/dict-value-enum';
import { useDictItems } from '../dict/use-dict-items';
import { FundingModal } from './FundingModal';
import { projectApi } from './project.api';
import { useListColumns } from '../../ui/list-columns';

/** The ledger's search form → GET /funding's filters (the date range as from/to). */
function filters(p: TableParams): TableQuery {
  const range = p.occurredOn as [string, string] | undefined;
  return {
    kind: p.kind as string | undefined,
    sourceLevel: p.sourceLevel as string | undefined,
    category: p.category as string | undefined,
    from: range?.[0],
    to: range?.[1],
    ids: p.ids as string | undefined,
  };
}

/**
 * 资金台账: ledger records with the exact totals of the filter per kind and source level (from the server, shown in
 * 万元; kinds are never added together), add and export.
 */
/** `ids`: only these entries (a dashboard or report figure links to its records as ?ids=1,2,3). */
export function FundingTable({ ids }: { ids?: string } = {}) {
  const actionRef = useRef<ActionType>(undefined);
  const [totals, setTotals] = useState<TFundingKindTotal[] | null>(null);
  const [query, setQuery] = useState<TableQuery>({});
  const [adding, setAdding] = useState(false);
  const [exporting, setExporting] = useState(false);
  const kinds = useDictItems('funding_kind');
  const sources = useDictItems('funding_source_level');
  const categories = useDictItems('project_category');
  const canWrite = useCan('funding:write');

  const exportFile = async () => {
    setExporting(true);
    try {
      saveFile(await projectApi.exportFunding(query), '资金台账.xlsx');
    } catch (e) {
      showError(e);
    } finally {
      setExporting(false);
    }
  };

  const listColumns = useListColumns<TFundingRecord>(
    'project.funding',
    [
      {
        title: '日期',
        dataIndex: 'occurredOn',
        valueType: 'dateRange',
        width: 110,
        render: (_d, r) => r.occurredOn,
      },
      {
        title: '项目',
        dataIndex: 'projectTitle',
        search: false,
        width: 260,
        ellipsis: true,
        render: (_d, r) => <Link to={`/project/applications/${r.applicationId}`}>{r.projectTitle}</Link>,
      },
      { title: '承担单位', dataIndex: 'enterpriseName', search: false, width: 200, ellipsis: true },
      { title: '类型', dataIndex: 'kind', valueType: 'select', valueEnum: dictValueEnum(kinds), width: 110 },
      {
        title: '来源',
        dataIndex: 'sourceLevel',
        valueType: 'select',
        valueEnum: dictValueEnum(sources),
        width: 80,
      },
      {
        title: '金额（万元）',
        dataIndex: 'amount',
        search: false,
        width: 120,
        align: 'right',
        render: (_d, r) => formatWanAmount(r.amount),
      },
      {
        title: '类别',
        dataIndex: 'category',
        valueType: 'select',
        valueEnum: dictValueEnum(categories),
        width: 170,
        render: (_d, r) => r.categoryLabel,
      },
      { title: '凭证号', dataIndex: 'voucherNo', search: false, width: 110 },
      { title: '文号', dataIndex: 'documentNo', search: false, width: 160, ellipsis: true },
    ],
    { hidden: ['category', 'voucherNo', 'documentNo'] },
  );

  return (
    <>
      <ProTable<TFundingRecord>
        rowKey="id"
        headerTitle={ids ? '资金台账（报告引用的记录）' : '资金台账'}
        params={{ ids }}
        tableExtraRender={() =>
          totals === null ? null : (
            <Space wrap size={[24, 4]} data-testid="funding-totals" style={{ padding: '4px 0' }}>
              {totals.length === 0 && <Typography.Text type="secondary">筛选结果无资金记录</Typography.Text>}
              {totals.map((t) => (
                <Typography.Text key={t.kind} data-testid={`funding-total-${t.kind}`}>
                  {fundingKindTotalsText([t])}
                </Typography.Text>
              ))}
            </Space>
          )
        }
        actionRef={actionRef}
        request={tableRequest<TFundingRecord>(
          async (q, filter) => {
            setQuery(filter);
            const res = await projectApi.funding(q).catch((e: unknown) => {
              setTotals(null);
              throw e;
            });
            setTotals(res.kindTotals);
            return res;
          },
          { filters },
        )}
        search={{ labelWidth: 'auto' }}
        pagination={{ defaultPageSize: 20, showSizeChanger: true }}
        {...listColumns}
        toolBarRender={() => [
          <Button key="export" icon={<DownloadOutlined />} loading={exporting} onClick={exportFile}>
            导出
          </Button>,
          ...(canWrite
            ? [
                <Button key="add" type="primary" icon={<PlusOutlined />} onClick={() => setAdding(true)}>
                  登记资金
                </Button>,
              ]
            : []),
        ]}
      />
      {adding && (
        <FundingModal
          onClose={() => setAdding(false)}
          onSaved={() => {
            setAdding(false);
            actionRef.current?.reload();
          }}
        />
      )}
    </>
  );
}

import { Link } from 'react-router-dom';
import type { ProColumns } from '@ant-design/pro-components';
import { TIER_LABELS, type TDictItem, type TQualification } from '@kechuang/domain';
import { dictValueEnum } from '../../dict/dict-value-enum';
import { StageTag } from '../StageTag';

/** Columns of a qualification list; `withEnterprise` adds the enterprise name (the 资质管理 page, not a detail). */
export function qualificationColumns({
  withEnterprise,
  tierItems,
  stageItems,
}: {
  withEnterprise: boolean;
  tierItems: TDictItem[];
  stageItems: TDictItem[];
}): ProColumns<TQualification>[] {
  return [
    ...(withEnterprise
      ? ([
          {
            title: '关键字',
            dataIndex: 'keyword',
            hideInTable: true,
            fieldProps: { placeholder: '企业名称 / 拼音首字母' },
          },
          {
            title: '企业',
            dataIndex: 'enterpriseName',
            search: false,
            width: 230,
            render: (_d, q) => <Link to={`/enterprise/${q.enterpriseId}`}>{q.enterpriseName}</Link>,
          },
        ] satisfies ProColumns<TQualification>[])
      : []),
    {
      title: '梯度',
      dataIndex: 'tier',
      width: 150,
      valueType: 'select',
      valueEnum: dictValueEnum(tierItems),
      render: (_d, q) => TIER_LABELS[q.tier],
    },
    // Rendered as typed: the digit value type would print 2,022.
    {
      title: '年度',
      dataIndex: 'year',
      width: 80,
      valueType: 'digit',
      fieldProps: { precision: 0, min: 2000, max: 2100 },
      render: (_d, q) => q.year,
    },
    { title: '批次', dataIndex: 'batch', width: 130, search: false, render: (_d, q) => q.batch ?? '-' },
    {
      title: '阶段',
      dataIndex: 'stage',
      width: 90,
      valueType: 'select',
      valueEnum: dictValueEnum(stageItems),
      render: (_d, q) => <StageTag stage={q.stage} />,
    },
    {
      title: '证书/登记编号',
      dataIndex: 'certificateNo',
      width: 150,
      search: false,
      render: (_d, q) => q.certificateNo ?? '-',
    },
    { title: '申报日期', dataIndex: 'appliedOn', width: 110, search: false, render: (_d, q) => q.appliedOn ?? '-' },
    { title: '认定日期', dataIndex: 'certifiedOn', width: 110, search: false, render: (_d, q) => q.certifiedOn ?? '-' },
    { title: '有效期至', dataIndex: 'validUntil', width: 110, search: false, render: (_d, q) => q.validUntil ?? '-' },
  ];
}

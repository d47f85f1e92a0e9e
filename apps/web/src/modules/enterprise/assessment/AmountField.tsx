import { ProFormDigit } from '@ant-design/pro-components';
import type { NamePath } from 'antd/es/form/interface';
import { groupedInput, ungroupedInput } from '../../../ui/money-input';

interface Props {
  name: NamePath;
  label: string;
  tooltip?: string;
  /** 净资产 may be negative (liabilities over assets); other amounts may not. */
  signed?: boolean;
  required?: boolean;
  /** Grid columns out of 24 (the calculators lay fields out two per row). */
  span?: number;
}

/** An amount in 元: kept as a decimal string (the engines compute exactly, no floating point), shown with separators. */
export function AmountField({ name, label, tooltip, signed = false, required = true, span = 12 }: Props) {
  return (
    <ProFormDigit
      name={name}
      label={label}
      tooltip={tooltip}
      colProps={{ span }}
      min={signed ? undefined : 0}
      rules={required ? [{ required: true, message: `请输入${label}` }] : undefined}
      // ProFormDigit types InputNumber as numeric; in stringMode the parser legitimately returns the decimal string.
      fieldProps={{
        stringMode: true,
        precision: 2,
        formatter: groupedInput,
        parser: ungroupedInput as unknown as (v?: string) => number,
        addonAfter: '元',
        style: { width: '100%' },
      }}
    />
  );
}

import { ProFormDigit } from '@ant-design/pro-components';
import type { NamePath } from 'antd/es/form/interface';

/** A head count or item count (non-negative integer). */
export function CountField({
  name,
  label,
  unit,
  tooltip,
  span = 12,
}: {
  name: NamePath;
  label: string;
  unit: string;
  tooltip?: string;
  span?: number;
}) {
  return (
    <ProFormDigit
      name={name}
      label={label}
      tooltip={tooltip}
      colProps={{ span }}
      min={0}
      rules={[{ required: true, message: `请输入${label}` }]}
      fieldProps={{ precision: 0, addonAfter: unit, style: { width: '100%' } }}
    />
  );
}

import { Input, InputNumber, Radio } from 'antd';
import type { TParam } from '@kechuang/domain';

interface Props {
  param: TParam;
  value?: string;
  onChange?: (value: string) => void;
}

/** The editor a parameter's type calls for; values travel as strings, as the server stores them. */
export function ParamValueInput({ param, value, onChange }: Props) {
  if (param.valueType === 'boolean') {
    return (
      <Radio.Group
        value={value}
        onChange={(e) => onChange?.(String(e.target.value))}
        options={[
          { label: '是', value: 'true' },
          { label: '否', value: 'false' },
        ]}
      />
    );
  }
  if (param.valueType === 'int') {
    return (
      <InputNumber
        value={value === undefined || value === '' ? null : Number(value)}
        precision={0}
        style={{ width: 160 }}
        onChange={(n) => onChange?.(n === null ? '' : String(n))}
      />
    );
  }
  return <Input value={value} onChange={(e) => onChange?.(e.target.value)} style={{ maxWidth: 360 }} />;
}

/** A stored value as people read it (是/否 for switches). */
export function formatParamValue(p: TParam): string {
  if (p.valueType === 'boolean') return p.value === 'true' ? '是' : '否';
  return p.value;
}

import { Form, Input, Typography } from 'antd';
import { figureLabel, formatYuanText, type RdFigureKey, type TRdForm } from '@kechuang/domain';

interface Props {
  field: RdFigureKey;
  form: TRdForm;
  editable: boolean;
}

/** One figure: 元 or 人, the register's pre-filled source, and the cross-check findings on it shown right under it. */
export function RdFigureInput({ field, form, editable }: Props) {
  const source = form.prefill[field];
  // A pre-filled figure stays read-only unless the register's value is for another period (the source says to correct it).
  const locked = source !== undefined && !source.includes('请改为');
  const onField = form.findings.filter((f) => f.field === field);
  const money = !['staffTotal', 'rdStaff'].includes(field);
  return (
    <Form.Item
      name={field}
      label={figureLabel(field)}
      extra={
        <>
          {source && (
            <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
              预填：{source}
            </Typography.Text>
          )}
          {onField.map((f) => (
            <Typography.Text
              key={f.code}
              type={f.severity === 'error' ? 'danger' : 'warning'}
              style={{ display: 'block' }}
            >
              {f.message}
            </Typography.Text>
          ))}
        </>
      }
    >
      {editable && !locked ? (
        <Input suffix={money ? '元' : '人'} inputMode="decimal" />
      ) : (
        <ReadOnlyFigure money={money} />
      )}
    </Form.Item>
  );
}

/**
 * A figure that cannot be changed here, as text people read (16,800,000.00 元) rather than a pale input holding the
 * raw 16800000.00. Form.Item passes it the field's value.
 */
function ReadOnlyFigure({ value, money }: { value?: string | null; money: boolean }) {
  const empty = value === undefined || value === null || value === '';
  return (
    <Typography.Text strong={!empty} type={empty ? 'secondary' : undefined} data-testid="rd-figure-readonly">
      {empty ? '未填' : money ? formatYuanText(value) : `${value} 人`}
    </Typography.Text>
  );
}

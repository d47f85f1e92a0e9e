import { Alert, Form, Input, Space } from 'antd';
import type { TRdForm } from '@kechuang/domain';

/** The server's cross-check findings: errors block submission; each warning needs an explanation (情况说明). */
export function RdFindingsPanel({ findings, editable }: { findings: TRdForm['findings']; editable: boolean }) {
  if (findings.length === 0) return <Alert type="success" showIcon message="核查通过：未发现问题" />;
  return (
    <Space direction="vertical" style={{ width: '100%' }} data-testid="rd-findings">
      {findings.map((f) => (
        <Alert
          key={f.code + f.field}
          type={f.severity === 'error' ? 'error' : 'warning'}
          showIcon
          message={`${f.severity === 'error' ? '错误' : '提示'}：${f.message}`}
          description={
            f.severity === 'warning' &&
            (editable ? (
              <Form.Item
                name={['explanations', f.code]}
                label="情况说明"
                style={{ marginBottom: 0, marginTop: 8 }}
                extra="提示项须填写情况说明后才能提交"
              >
                <Input.TextArea rows={2} maxLength={500} placeholder="请说明原因" />
              </Form.Item>
            ) : (
              `情况说明：${f.explanation ?? '（未填写）'}`
            ))
          }
        />
      ))}
    </Space>
  );
}

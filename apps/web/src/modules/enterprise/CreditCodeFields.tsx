import { ProFormText } from '@ant-design/pro-components';
import { Alert, Form, type FormInstance } from 'antd';
import { checkCreditCode } from '@kechuang/domain';
import type { EnterpriseFormValues } from './enterprise-form-values';

/**
 * 统一社会信用代码 with the GB 32100 check run as the user types. A wrong check character is a warning, not an
 * error (some legal codes fail it): the 校验例外原因 field appears, and the server refuses the save without it.
 */
export function CreditCodeFields({ form, refused }: { form: FormInstance<EnterpriseFormValues>; refused: boolean }) {
  const code = Form.useWatch('creditCode', form) ?? '';
  const override = Form.useWatch('creditCodeOverride', form);
  const check = code ? checkCreditCode(code) : null;
  const checkChar = check?.problems.find((p) => p.code === 'CHECK_CHAR');
  const needsReason = !!checkChar || refused || !!override;
  return (
    <>
      <ProFormText
        name="creditCode"
        label="统一社会信用代码"
        rules={[{ required: true, message: '请输入统一社会信用代码' }]}
        placeholder="18 位，全角、小写会自动规范"
        fieldProps={{ maxLength: 40, style: { fontFamily: 'monospace' } }}
        extra={check?.ok && !checkChar && code.trim().length === 18 ? '校验通过' : undefined}
      />
      {needsReason && (
        <>
          {checkChar && (
            <Form.Item wrapperCol={{ offset: 6 }} style={{ marginTop: -8 }}>
              <Alert
                type="warning"
                showIcon
                message={`${checkChar.message}`}
                description="如核对营业执照确认就是此代码，请填写校验例外原因后保存；否则请更正代码。"
              />
            </Form.Item>
          )}
          <ProFormText
            name="creditCodeOverride"
            label="校验例外原因"
            placeholder="如：已核对营业执照原件，证照代码即为此值"
            rules={[{ required: !!checkChar, whitespace: true, message: '校验位不符时须填写例外原因' }]}
            fieldProps={{ maxLength: 200 }}
          />
        </>
      )}
    </>
  );
}

import { ModalForm, ProFormDatePicker, ProFormText, ProFormTextArea } from '@ant-design/pro-components';
import { chinaToday, type AchievementTransition } from '@kechuang/domain';

export interface MoveValues {
  comment?: string;
  registrationNo?: string;
  registeredOn?: string;
}

interface Props {
  transition: AchievementTransition;
  onClose: () => void;
  onSubmit: (v: MoveValues) => Promise<boolean>;
}

/** One move's inputs: the reason (退回, 撤销), or the 登记号 and 登记日期 (登记). */
export function AchievementMoveModal({ transition: t, onClose, onSubmit }: Props) {
  const register = t.move === 'register';
  return (
    <ModalForm<MoveValues>
      title={t.label}
      open
      name="achievement-move"
      width={520}
      modalProps={{ onCancel: onClose, destroyOnHidden: true, maskClosable: false }}
      initialValues={register ? { registeredOn: chinaToday() } : {}}
      submitter={{ searchConfig: { submitText: '确定' } }}
      onFinish={onSubmit}
    >
      {register ? (
        <>
          <ProFormText
            name="registrationNo"
            label="登记号"
            placeholder="12 位，如 6202022Y0001"
            extra="地方或部门代码 3 位 + 年份 4 位 + 类型标志 1 位（应用技术 Y、基础理论 J、软科学 R）+ 流水号 4 位"
            rules={[{ required: true, message: '请填写登记号' }]}
            fieldProps={{ maxLength: 12 }}
          />
          <ProFormDatePicker
            name="registeredOn"
            label="登记日期"
            rules={[{ required: true, message: '请选择登记日期' }]}
            fieldProps={{ format: 'YYYY-MM-DD', style: { width: '100%' } }}
          />
        </>
      ) : (
        <ProFormTextArea
          name="comment"
          label={t.reasonRequired ? '原因' : '意见（选填）'}
          placeholder={t.reasonRequired ? '请写明原因，完成单位据此修改' : '选填'}
          fieldProps={{ rows: 4, maxLength: 500, showCount: true }}
          rules={t.reasonRequired ? [{ required: true, whitespace: true, message: '请填写原因' }] : []}
        />
      )}
    </ModalForm>
  );
}

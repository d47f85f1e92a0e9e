import { ModalForm, ProFormDatePicker, ProFormText, ProFormTextArea } from '@ant-design/pro-components';
import { Form } from 'antd';
import { chinaToday, type TTechPlatformDetail } from '@kechuang/domain';
import { showSuccess } from '../../ui/feedback';
import { handleMutationError } from '../../ui/mutation-error';
import { techPlatformApi } from './tech-platform.api';

type Move = TTechPlatformDetail['moves'][number];

interface Props {
  platform: TTechPlatformDetail;
  move: Move;
  onClose: () => void;
  onDone: (p: TTechPlatformDetail) => void;
}

/** One status move: its date, the 认定文号 for 登记认定, the reason for 摘牌 and 撤销. */
export function PlatformMoveModal({ platform, move, onClose, onDone }: Props) {
  const [form] = Form.useForm();
  return (
    <ModalForm<{ on: string; reason?: string; documentNo?: string }>
      title={`${move.label} · ${platform.name}`}
      open
      form={form}
      width={480}
      modalProps={{ onCancel: onClose, destroyOnHidden: true }}
      initialValues={{ on: chinaToday(), documentNo: platform.documentNo ?? undefined }}
      onFinish={async (v) => {
        try {
          const saved = await techPlatformApi.move(platform.id, {
            to: move.to,
            version: platform.version,
            on: v.on,
            reason: v.reason || null,
            documentNo: v.documentNo || null,
          });
          showSuccess(`${platform.name}：${saved.statusLabel}`);
          onDone(saved);
          return true;
        } catch (e) {
          handleMutationError(e, { form, reload: onClose });
          return false;
        }
      }}
    >
      <ProFormDatePicker
        name="on"
        label={move.to === 'recognized' ? '认定日期' : move.to === 'building' ? '成立（组建）日期' : '日期'}
        rules={[{ required: true, message: '请选择日期' }]}
        fieldProps={{ format: 'YYYY-MM-DD', style: { width: '100%' } }}
      />
      {move.to === 'recognized' && (
        <ProFormText name="documentNo" label="认定文号" rules={[{ required: true, message: '请填写认定文号' }]} />
      )}
      {move.reasonRequired && (
        <ProFormTextArea name="reason" label="原因" rules={[{ required: true, message: '请填写原因' }]} />
      )}
    </ModalForm>
  );
}

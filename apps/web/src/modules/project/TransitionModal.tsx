import { ModalForm, ProFormRadio, ProFormTextArea } from '@ant-design/pro-components';
import type { CommentVisibility } from '@kechuang/domain';

export interface TransitionValues {
  comment?: string;
  visibility: CommentVisibility;
}

interface Props {
  title: string;
  reasonRequired: boolean;
  /** Staff may mark a comment internal; the applicant's own moves are always visible to it. */
  staff: boolean;
  onClose: () => void;
  onSubmit: (v: TransitionValues) => Promise<boolean>;
}

/** The reason (required for returns and refusals) and who may read it, for one move or a batch. */
export function TransitionModal({ title, reasonRequired, staff, onClose, onSubmit }: Props) {
  return (
    <ModalForm<TransitionValues>
      title={title}
      open
      name="transition-form"
      width={520}
      modalProps={{ onCancel: onClose, destroyOnHidden: true, maskClosable: false }}
      initialValues={{ visibility: 'applicant' }}
      onFinish={onSubmit}
    >
      <ProFormTextArea
        name="comment"
        label={reasonRequired ? '理由' : '意见（选填）'}
        placeholder={reasonRequired ? '请写明理由，申报单位据此修改' : '选填'}
        fieldProps={{ rows: 4, maxLength: 2000, showCount: true }}
        rules={reasonRequired ? [{ required: true, whitespace: true, message: '请填写理由' }] : []}
      />
      {staff && (
        <ProFormRadio.Group
          name="visibility"
          label="意见可见范围"
          options={[
            { value: 'applicant', label: '申报单位可见' },
            { value: 'internal', label: '仅内部可见' },
          ]}
        />
      )}
    </ModalForm>
  );
}

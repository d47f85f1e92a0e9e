import {
  ModalForm,
  ProFormDatePicker,
  ProFormDigit,
  ProFormRadio,
  ProFormSelect,
  ProFormTextArea,
  ProFormDependency,
} from '@ant-design/pro-components';
import { Form } from 'antd';
import { chinaToday, NOMINATION_STATE_LABELS, type TAwardNomination } from '@kechuang/domain';
import { showSuccess } from '../../ui/feedback';
import { handleMutationError } from '../../ui/mutation-error';
import { awardApi } from './award.api';
import { optionsOf, useAwardLabels } from './use-award-labels';

interface FormValues {
  state: 'awarded' | 'not_awarded';
  grade?: string;
  rank?: number;
  announcedOn: string;
  comment?: string;
}

interface Props {
  record: TAwardNomination;
  onClose: () => void;
  onSaved: () => void;
}

/** 登记结果: 获奖 with its 等级 (and 名次 if announced) or 未获奖, on the date the result was announced. */
export function NominationResultModal({ record, onClose, onSaved }: Props) {
  const [form] = Form.useForm<FormValues>();
  const labels = useAwardLabels();
  const save = async (v: FormValues) => {
    try {
      const saved = await awardApi.recordResult(record.id, {
        state: v.state,
        grade: v.state === 'awarded' ? (v.grade ?? null) : null,
        rank: v.state === 'awarded' ? (v.rank ?? null) : null,
        announcedOn: v.announcedOn,
        comment: v.comment || null,
        version: record.version,
      });
      showSuccess(`已登记评选结果：${NOMINATION_STATE_LABELS[saved.state]}`);
      onSaved();
      return true;
    } catch (e) {
      handleMutationError(e, { form, reload: onClose });
      return false;
    }
  };
  return (
    <ModalForm<FormValues>
      title={`登记评选结果 · ${record.personName ?? record.unitName}`}
      open
      form={form}
      width={520}
      layout="horizontal"
      labelCol={{ span: 6 }}
      modalProps={{ onCancel: onClose, destroyOnHidden: true, maskClosable: false }}
      initialValues={{ state: 'awarded', announcedOn: chinaToday() }}
      submitter={{ searchConfig: { submitText: '保存' } }}
      onFinish={save}
    >
      <ProFormRadio.Group
        name="state"
        label="评选结果"
        options={[
          { value: 'awarded', label: '获奖' },
          { value: 'not_awarded', label: '未获奖' },
        ]}
      />
      <ProFormDependency name={['state']}>
        {({ state }) =>
          state === 'awarded' && (
            <>
              <ProFormSelect
                name="grade"
                label="获奖等级"
                options={optionsOf(labels.grades)}
                rules={[{ required: true, message: '请选择获奖等级' }]}
              />
              <ProFormDigit name="rank" label="名次" min={1} fieldProps={{ precision: 0 }} />
            </>
          )
        }
      </ProFormDependency>
      <ProFormDatePicker
        name="announcedOn"
        label="公布日期"
        rules={[{ required: true, message: '请选择公布日期' }]}
        fieldProps={{ format: 'YYYY-MM-DD', style: { width: '100%' } }}
      />
      <ProFormTextArea name="comment" label="说明" fieldProps={{ autoSize: { minRows: 2, maxRows: 3 } }} />
    </ModalForm>
  );
}

import {
  ModalForm,
  ProFormDatePicker,
  ProFormDigit,
  ProFormSelect,
  ProFormText,
  ProFormTextArea,
} from '@ant-design/pro-components';
import { Form } from 'antd';
import dayjs from 'dayjs';
import { getFeedback } from '../../../ui/feedback';
import { handleMutationError } from '../../../ui/mutation-error';
import type { TCreateNoticeRequest, TNotice } from '@kechuang/domain';
import { noticeApi } from '../notice.api';
import { useNoticeCandidates } from './use-notice-candidates';

type Values = Omit<TCreateNoticeRequest, 'workingDays'> & { workingDays?: number | null };

const BASIS =
  '根据有关认定管理办法，经企业自愿申报、县科学技术局审核，现将拟推荐（认定）企业名单予以公示，接受社会监督。';

/** 新建公示 (a draft): the 公示期 end date is counted by the server in working days from the holiday table. */
export function NoticeFormModal({ onClose, onSaved }: { onClose: () => void; onSaved: (n: TNotice) => void }) {
  const [form] = Form.useForm<Values>();
  const candidates = useNoticeCandidates();
  return (
    <ModalForm<Values>
      title="新建公示"
      open
      name="notice-form"
      form={form}
      width={720}
      layout="horizontal"
      labelCol={{ span: 4 }}
      modalProps={{ onCancel: onClose, maskClosable: false }}
      initialValues={{ basis: BASIS, startDate: dayjs().format('YYYY-MM-DD') }}
      onFinish={async (v) => {
        try {
          const n = await noticeApi.create({
            ...v,
            workingDays: v.workingDays ?? undefined,
            contact: v.contact || null,
            supervisionPhone: v.supervisionPhone || null,
          });
          // The computed end date is the thing to check before publishing, so it is said out loud.
          const period = `公示期：${n.startDate} 至 ${n.endDate}（${n.workingDays} 个工作日，已扣除法定节假日）。`;
          if (n.endDateWarning) {
            getFeedback().modal.warning({
              title: '已保存公示草稿，截止日期为推算',
              content: `${period}注意：${n.endDateWarning}。请核对截止日期，必要时请系统管理员录入该年节假日安排后重新生成。`,
            });
          } else {
            getFeedback().modal.success({
              title: '已保存公示草稿',
              content: `${period}核对无误后点击“发布”，公开页面即可查看。`,
            });
          }
          onSaved(n);
          return true;
        } catch (e) {
          handleMutationError(e, { form });
          return false;
        }
      }}
    >
      <ProFormText
        name="title"
        label="标题"
        placeholder="如：关于2022年拟认定省级科技创新型企业名单的公示"
        rules={[{ required: true, message: '请输入标题' }]}
      />
      <ProFormSelect
        name="qualificationIds"
        label="公示对象"
        mode="multiple"
        options={candidates}
        placeholder="选择处于“推荐”或“公示”阶段的资质记录"
        rules={[{ required: true, message: '请选择公示对象' }]}
        fieldProps={{ optionFilterProp: 'label', maxTagCount: 'responsive' }}
      />
      <ProFormTextArea
        name="basis"
        label="公示依据"
        rules={[{ required: true, message: '请写明公示依据与程序' }]}
        fieldProps={{ autoSize: { minRows: 3, maxRows: 6 } }}
      />
      <ProFormDatePicker
        name="startDate"
        label="开始日期"
        rules={[{ required: true, message: '请选择开始日期' }]}
        fieldProps={{ format: 'YYYY-MM-DD' }}
      />
      <ProFormDigit
        name="workingDays"
        label="工作日数"
        min={1}
        max={30}
        placeholder="默认按梯度规则"
        extra="留空时按公示对象的梯度规则（高企、科小 10 个工作日，省级创新型 5 个工作日）"
        fieldProps={{ precision: 0 }}
      />
      <ProFormText name="contact" label="联系方式" placeholder="如：县科技局 高新科 0932-6621234" />
      <ProFormText name="supervisionPhone" label="监督电话" placeholder="如：0932-6620000" />
    </ModalForm>
  );
}

import { ModalForm, ProForm, ProFormDigit, ProFormList, ProFormText } from '@ant-design/pro-components';
import { Form, Space } from 'antd';
import type { THolidayArrangement } from '@kechuang/domain';
import { showSuccess } from '../../ui/feedback';
import { handleMutationError } from '../../ui/mutation-error';
import { DateListInput, DateRangeInput } from './date-inputs';
import { holidaysApi } from './holidays.api';

interface Values {
  year: number;
  noticeNo: string;
  noticeTitle: string;
  noticeUrl?: string;
  holidays: { name: string; off: [string, string] | null; workdays?: string[] }[];
}

const HOLIDAY_NAMES = ['元旦', '春节', '清明节', '劳动节', '端午节', '中秋节', '国庆节'];
const titleOf = (year: number) => `国务院办公厅关于${year}年部分节假日安排的通知`;

interface Props {
  /** The year being edited, or null to add `nextYear`. */
  arrangement: THolidayArrangement | null;
  nextYear: number;
  onClose: () => void;
  onSaved: () => void;
}

/** 录入 / 修改 one year's arrangement, holiday by holiday, as the State Council's notice lists them. */
export function HolidayArrangementModal({ arrangement, nextYear, onClose, onSaved }: Props) {
  const [form] = Form.useForm<Values>();
  const initial: Values = arrangement
    ? {
        year: arrangement.year,
        noticeNo: arrangement.noticeNo,
        noticeTitle: arrangement.noticeTitle,
        noticeUrl: arrangement.noticeUrl ?? undefined,
        holidays: arrangement.holidays.map((h) => ({ name: h.name, off: [h.from, h.to], workdays: h.workdays })),
      }
    : {
        year: nextYear,
        noticeNo: '',
        noticeTitle: titleOf(nextYear),
        holidays: HOLIDAY_NAMES.map((name) => ({ name, off: null, workdays: [] })),
      };
  return (
    <ModalForm<Values>
      title={arrangement ? `修改 ${arrangement.year} 年节假日安排` : '录入节假日安排'}
      open
      name="holiday-arrangement-form"
      form={form}
      width={960}
      layout="horizontal"
      labelCol={{ span: 3 }}
      modalProps={{ onCancel: onClose, maskClosable: false }}
      initialValues={initial}
      onValuesChange={(changed: Partial<Values>) => {
        // Keep the suggested title in step with the year while it has not been typed over.
        if (changed.year && !arrangement && form.getFieldValue('noticeTitle')?.startsWith('国务院办公厅关于')) {
          form.setFieldValue('noticeTitle', titleOf(changed.year));
        }
      }}
      onFinish={async (v) => {
        const body = {
          year: v.year,
          noticeNo: v.noticeNo,
          noticeTitle: v.noticeTitle,
          noticeUrl: v.noticeUrl || null,
          holidays: (v.holidays ?? []).map((h) => ({
            name: h.name,
            from: h.off?.[0] ?? '',
            to: h.off?.[1] ?? '',
            workdays: h.workdays ?? [],
          })),
        };
        try {
          if (arrangement) await holidaysApi.update(arrangement.year, { ...body, version: arrangement.version });
          else await holidaysApi.create(body);
          showSuccess(`已保存 ${v.year} 年节假日安排`);
          onSaved();
          return true;
        } catch (e) {
          handleMutationError(e, { form, reload: onSaved });
          return false;
        }
      }}
    >
      <ProFormDigit
        name="year"
        label="年份"
        min={2000}
        max={2100}
        disabled={!!arrangement}
        fieldProps={{ precision: 0, controls: false }}
        rules={[{ required: true, message: '请填写年份' }]}
      />
      <ProFormText
        name="noticeNo"
        label="通知文号"
        placeholder="如 国办发明电〔2025〕7号"
        rules={[{ required: true, whitespace: true, message: '请填写国务院办公厅通知的文号' }]}
      />
      <ProFormText name="noticeTitle" label="通知标题" rules={[{ required: true, message: '请填写通知标题' }]} />
      <ProFormText name="noticeUrl" label="通知链接" placeholder="https://www.gov.cn/…（可不填）" />
      <ProFormList
        name="holidays"
        label="放假安排"
        creatorButtonProps={{ creatorButtonText: '添加节假日' }}
        copyIconProps={false}
        rules={[
          {
            validator: async (_r, list: unknown[]) => {
              if (!list || list.length === 0) throw new Error('请至少录入一个节假日');
            },
          },
        ]}
      >
        <Space align="start" wrap>
          <ProFormText
            name="name"
            placeholder="节日"
            width={120}
            rules={[{ required: true, message: '请填写节日名称' }]}
          />
          <ProForm.Item name="off" rules={[{ required: true, message: '请选择放假起止日期' }]}>
            <DateRangeInput />
          </ProForm.Item>
          <ProForm.Item name="workdays" style={{ minWidth: 220 }}>
            <DateListInput />
          </ProForm.Item>
        </Space>
      </ProFormList>
      <Form.Item wrapperCol={{ offset: 3 }} style={{ marginBottom: 0, color: 'rgba(0,0,0,0.45)' }}>
        每项填写放假起止日期（含首尾，可跨年，如元旦自上年 12 月 31
        日起）和调休上班的周六、周日；两节合并放假（如中秋节、国庆节）录为一项。
      </Form.Item>
    </ModalForm>
  );
}

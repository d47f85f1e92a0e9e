import { useEffect, useState } from 'react';
import {
  DrawerForm,
  ProFormDatePicker,
  ProFormDependency,
  ProFormSelect,
  ProFormText,
  ProFormTextArea,
} from '@ant-design/pro-components';
import { Form } from 'antd';
import dayjs from 'dayjs';
import {
  END_BEFORE_START,
  POPSCI_BASE_PLATFORM_KIND,
  POPSCI_OPEN_DAY_KIND,
  SERVICE_EVENT_KIND_DICT,
  chinaToday,
  type TServiceEvent,
} from '@kechuang/domain';
import { showError, showSuccess } from '../../ui/feedback';
import { handleMutationError } from '../../ui/mutation-error';
import { useSession } from '../auth/use-session';
import { useDictItems } from '../dict/use-dict-items';
import { RegionTreeSelect } from '../regions/RegionTreeSelect';
import { techPlatformApi } from '../tech-platform/tech-platform.api';
import { serviceEventApi } from './service-event.api';

/** The form's fields (dates as YYYY-MM-DD: the form's dateFormatter is 'string'). */
interface FormValues {
  title: string;
  kind: string;
  organiser: string;
  coOrganisers?: string[];
  startOn: string;
  endOn: string;
  place?: string;
  regionCode: string;
  platformId?: number;
  outcome?: string;
}

interface Props {
  /** The event being edited, or null to register one. */
  event: TServiceEvent | null;
  onClose: () => void;
  onSaved: (saved: TServiceEvent) => void;
}

const valuesOf = (e: TServiceEvent): FormValues => ({
  title: e.title,
  kind: e.kind,
  organiser: e.organiser,
  coOrganisers: e.coOrganisers,
  startOn: e.startOn,
  endOn: e.endOn,
  place: e.place ?? undefined,
  regionCode: e.regionCode,
  platformId: e.platformId ?? undefined,
  outcome: e.outcome ?? undefined,
});

/** The 科普基地 a 科普开放日 may name: tech-platforms of kind popsci_base in the user's region. */
function usePopsciBases() {
  const [bases, setBases] = useState<{ value: number; label: string }[]>([]);
  useEffect(() => {
    techPlatformApi
      .list({ kind: POPSCI_BASE_PLATFORM_KIND, pageSize: 100 })
      .then((page) => setBases(page.data.map((p) => ({ value: p.id, label: p.name }))), showError);
  }, []);
  return bases;
}

/** 登记 / 编辑 科技服务活动 in a drawer; an edit sends the version it was opened with (a 409 offers 刷新数据). */
export function ServiceEventFormDrawer({ event, onClose, onSaved }: Props) {
  const [form] = Form.useForm<FormValues>();
  const { user } = useSession();
  const kinds = useDictItems(SERVICE_EVENT_KIND_DICT);
  const bases = usePopsciBases();

  const save = async (v: FormValues) => {
    const body = {
      title: v.title,
      kind: v.kind,
      organiser: v.organiser,
      coOrganisers: (v.coOrganisers ?? []).map((s) => s.trim()).filter(Boolean),
      startOn: v.startOn,
      endOn: v.endOn,
      place: v.place || null,
      regionCode: v.regionCode,
      platformId: v.kind === POPSCI_OPEN_DAY_KIND ? (v.platformId ?? null) : null,
      outcome: v.outcome || null,
    };
    try {
      const saved = event
        ? await serviceEventApi.update(event.id, { ...body, version: event.version })
        : await serviceEventApi.create(body);
      showSuccess(event ? `已保存“${saved.title}”` : `已登记“${saved.title}”`);
      onSaved(saved);
      return true;
    } catch (e) {
      handleMutationError(e, { form, reload: onClose });
      return false;
    }
  };

  const today = chinaToday();
  return (
    <DrawerForm<FormValues>
      title={event ? `编辑活动 · ${event.title}` : '登记科技服务活动'}
      open
      name="service-event-form"
      form={form}
      width={600}
      layout="horizontal"
      labelCol={{ span: 6 }}
      drawerProps={{ onClose, destroyOnHidden: true, maskClosable: false }}
      initialValues={
        event ? valuesOf(event) : { regionCode: user?.regionCode, startOn: today, endOn: today, coOrganisers: [] }
      }
      submitter={{ searchConfig: { submitText: '保存' } }}
      onFinish={save}
    >
      <ProFormText name="title" label="活动名称" rules={[{ required: true, message: '请填写活动名称' }]} />
      <ProFormSelect
        name="kind"
        label="活动类别"
        options={kinds.map((k) => ({ value: k.value, label: k.label }))}
        rules={[{ required: true, message: '请选择活动类别' }]}
      />
      <ProFormText name="organiser" label="主办单位" rules={[{ required: true, message: '请填写主办单位' }]} />
      <ProFormSelect
        name="coOrganisers"
        label="协办单位"
        mode="tags"
        placeholder="输入单位名称后回车，可填多个"
        fieldProps={{ tokenSeparators: ['、', ','], open: false }}
      />
      <ProFormDatePicker
        name="startOn"
        label="开始日期"
        rules={[{ required: true, message: '请选择开始日期' }]}
        fieldProps={{ format: 'YYYY-MM-DD', style: { width: '100%' } }}
      />
      <ProFormDatePicker
        name="endOn"
        label="结束日期"
        dependencies={['startOn']}
        rules={[
          { required: true, message: '请选择结束日期' },
          ({ getFieldValue }: { getFieldValue: (name: string) => unknown }) => ({
            validator: (_r: unknown, v?: string) => {
              const start = getFieldValue('startOn') as string | undefined;
              return !v || !start || !dayjs(v).isBefore(dayjs(start), 'day')
                ? Promise.resolve()
                : Promise.reject(new Error(END_BEFORE_START));
            },
          }),
        ]}
        fieldProps={{ format: 'YYYY-MM-DD', style: { width: '100%' } }}
      />
      <ProFormText name="place" label="活动地点" />
      <Form.Item name="regionCode" label="所属县区" rules={[{ required: true, message: '请选择所属县区' }]}>
        <RegionTreeSelect focusCode={user?.regionCode} selectableLevels={['county']} placeholder="请选择所属县区" />
      </Form.Item>
      <ProFormDependency name={['kind']}>
        {({ kind }) =>
          kind === POPSCI_OPEN_DAY_KIND && (
            <ProFormSelect
              name="platformId"
              label="科普基地"
              options={bases}
              placeholder={bases.length ? '请选择科普基地' : '本辖区尚无科普基地（创新平台中类别为科普基地）'}
            />
          )
        }
      </ProFormDependency>
      <ProFormTextArea name="outcome" label="活动成效" fieldProps={{ autoSize: { minRows: 2, maxRows: 5 } }} />
    </DrawerForm>
  );
}

import { useState } from 'react';
import {
  DrawerForm,
  ProFormDatePicker,
  ProFormDependency,
  ProFormDigit,
  ProFormRadio,
  ProFormSelect,
  ProFormText,
  ProFormTextArea,
} from '@ant-design/pro-components';
import { Alert, Form, Grid, Switch, Typography, Upload, type UploadFile } from 'antd';
import { CameraOutlined } from '@ant-design/icons';
import { chinaToday, type TServiceLog, type TServiceLogInput } from '@kechuang/domain';
import { AttachmentPanel } from '../../../ui/attachments/AttachmentPanel';
import { attachmentsApi } from '../../../ui/attachments/attachments.api';
import { showError, showSuccess } from '../../../ui/feedback';
import { handleMutationError } from '../../../ui/mutation-error';
import { SERVICE_LOG_OWNER, serviceLogApi } from './service-log.api';

const MAX_PHOTOS = 9;

interface FormValues {
  servedOn: string;
  place: string;
  objectKind: 'enterprise' | 'other';
  enterpriseId?: number;
  objectName?: string;
  content: string;
  problemsSolved?: string;
  trainedCount: number;
  days: number;
  latitude?: number;
  longitude?: number;
}

interface Props {
  /** The log being edited (待确认 or 已退回), or null to record one. */
  log: TServiceLog | null;
  onClose: () => void;
  onSaved: () => void;
}

const valuesOf = (l: TServiceLog): FormValues => ({
  servedOn: l.servedOn,
  place: l.place,
  objectKind: l.enterpriseId ? 'enterprise' : 'other',
  enterpriseId: l.enterpriseId ?? undefined,
  objectName: l.enterpriseId ? undefined : l.objectName,
  content: l.content,
  problemsSolved: l.problemsSolved ?? undefined,
  trainedCount: l.trainedCount,
  days: l.days,
  latitude: l.latitude ?? undefined,
  longitude: l.longitude ?? undefined,
});

/**
 * 记一次服务 on the phone (docs/rules.md §5.1.1): full width on a small screen, photos straight from the camera
 * (uploaded after the log is saved), the location only when the user turns it on and the browser grants it.
 */
export function ServiceLogFormDrawer({ log, onClose, onSaved }: Props) {
  const [form] = Form.useForm<FormValues>();
  const screens = Grid.useBreakpoint();
  const phone = !screens.md;
  const [photos, setPhotos] = useState<UploadFile[]>([]);
  const [locating, setLocating] = useState(false);
  const located = Form.useWatch('latitude', form);

  const locate = (on: boolean) => {
    if (!on) {
      form.setFieldsValue({ latitude: undefined, longitude: undefined });
      return;
    }
    if (!navigator.geolocation) {
      showError(new Error('当前浏览器不支持定位'));
      return;
    }
    setLocating(true);
    navigator.geolocation.getCurrentPosition(
      (p) => {
        form.setFieldsValue({
          latitude: Math.round(p.coords.latitude * 1e6) / 1e6,
          longitude: Math.round(p.coords.longitude * 1e6) / 1e6,
        });
        setLocating(false);
      },
      () => {
        setLocating(false);
        showError(new Error('未获得定位授权，服务日志将不记录位置'));
      },
      { timeout: 10000 },
    );
  };

  const save = async (v: FormValues) => {
    const body: TServiceLogInput = {
      servedOn: v.servedOn,
      place: v.place,
      enterpriseId: v.objectKind === 'enterprise' ? (v.enterpriseId ?? null) : null,
      objectName: v.objectKind === 'other' ? (v.objectName ?? null) : null,
      content: v.content,
      problemsSolved: v.problemsSolved || null,
      trainedCount: v.trainedCount ?? 0,
      days: v.days === 0.5 ? 0.5 : 1,
      latitude: v.latitude ?? null,
      longitude: v.longitude ?? null,
    };
    let saved: TServiceLog;
    try {
      saved = log ? await serviceLogApi.update(log.id, body, log.version) : await serviceLogApi.create(body);
    } catch (e) {
      handleMutationError(e, { form, reload: onClose });
      return false;
    }
    let failed = 0;
    for (const p of photos) {
      try {
        await attachmentsApi.upload(SERVICE_LOG_OWNER, saved.id, 'photo', p.originFileObj as File);
      } catch (e) {
        failed++;
        showError(e);
      }
    }
    showSuccess(
      `${log ? (log.status === 'returned' ? '已重新提交' : '已保存') : '已记录'} ${saved.servedOn} 的服务` +
        (failed ? `，${failed} 张照片未上传` : ''),
    );
    onSaved();
    return true;
  };

  return (
    <DrawerForm<FormValues>
      title={log ? `修改服务日志 · ${log.servedOn}` : '记一次服务'}
      open
      name="service-log-form"
      form={form}
      width={phone ? '100%' : 560}
      layout="vertical"
      drawerProps={{ onClose, destroyOnHidden: true, maskClosable: false, styles: { body: { paddingBottom: 24 } } }}
      initialValues={
        log ? valuesOf(log) : { servedOn: chinaToday(), objectKind: 'enterprise', days: 1, trainedCount: 0 }
      }
      submitter={{
        searchConfig: { submitText: log?.status === 'returned' ? '修改后重新提交' : '提交' },
        submitButtonProps: { size: 'large', block: phone },
        resetButtonProps: { size: 'large' },
      }}
      onFinish={save}
    >
      {log?.status === 'returned' && (
        <Alert type="warning" showIcon style={{ marginBottom: 16 }} message={`退回原因：${log.returnReason ?? ''}`} />
      )}
      <ProFormDatePicker
        name="servedOn"
        label="服务日期"
        width="100%"
        rules={[{ required: true, message: '请选择服务日期' }]}
        fieldProps={{ style: { width: '100%' }, inputReadOnly: true }}
      />
      <ProFormText name="place" label="服务地点" rules={[{ required: true, message: '请填写服务地点' }]} />
      <ProFormRadio.Group
        name="objectKind"
        label="服务对象"
        radioType="button"
        options={[
          { label: '企业', value: 'enterprise' },
          { label: '其他（合作社、村、农户等）', value: 'other' },
        ]}
      />
      <ProFormDependency name={['objectKind']}>
        {({ objectKind }) =>
          objectKind === 'enterprise' ? (
            <ProFormSelect
              name="enterpriseId"
              label="服务企业"
              showSearch
              debounceTime={300}
              request={async ({ keyWords }) =>
                (await serviceLogApi.enterprises(keyWords)).map((e) => ({ label: e.name, value: e.id }))
              }
              rules={[{ required: true, message: '请选择服务企业' }]}
              placeholder="输入企业名称搜索"
            />
          ) : (
            <ProFormText
              name="objectName"
              label="服务对象名称"
              rules={[{ required: true, message: '请填写服务对象名称' }]}
            />
          )
        }
      </ProFormDependency>
      <ProFormTextArea
        name="content"
        label="服务内容"
        rules={[{ required: true, message: '请填写服务内容' }]}
        fieldProps={{ autoSize: { minRows: 3, maxRows: 6 }, maxLength: 2000 }}
      />
      <ProFormTextArea
        name="problemsSolved"
        label="解决的问题"
        fieldProps={{ autoSize: { minRows: 2, maxRows: 6 }, maxLength: 2000 }}
      />
      <ProFormDigit name="trainedCount" label="培训人数" min={0} fieldProps={{ precision: 0, inputMode: 'numeric' }} />
      <ProFormRadio.Group
        name="days"
        label="服务天数"
        radioType="button"
        options={[
          { label: '1 天', value: 1 },
          { label: '半天', value: 0.5 },
        ]}
      />
      <Form.Item label="现场照片（最多 9 张）">
        {log && (
          <AttachmentPanel
            ownerType={SERVICE_LOG_OWNER}
            ownerId={log.id}
            slots={{ photo: { label: '已上传', photo: true } }}
            canEdit
          />
        )}
        {!log && (
          <Upload
            listType="picture-card"
            accept="image/*"
            capture="environment"
            multiple
            fileList={photos}
            beforeUpload={() => false}
            onChange={({ fileList }) => setPhotos(fileList.slice(0, MAX_PHOTOS))}
          >
            {photos.length < MAX_PHOTOS && (
              <div>
                <CameraOutlined style={{ fontSize: 20 }} />
                <div style={{ marginTop: 4 }}>拍照</div>
              </div>
            )}
          </Upload>
        )}
      </Form.Item>
      <Form.Item label="记录当前位置" extra="仅在您同意并授权浏览器定位后记录经纬度">
        <Switch loading={locating} checked={located !== undefined && located !== null} onChange={locate} />
        {located !== undefined && located !== null && (
          <Typography.Text type="secondary" style={{ marginLeft: 8 }}>
            {form.getFieldValue('latitude')}, {form.getFieldValue('longitude')}
          </Typography.Text>
        )}
      </Form.Item>
      <Form.Item name="latitude" hidden>
        <input />
      </Form.Item>
      <Form.Item name="longitude" hidden>
        <input />
      </Form.Item>
    </DrawerForm>
  );
}

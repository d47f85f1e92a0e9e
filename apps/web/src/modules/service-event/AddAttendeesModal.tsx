import { useEffect, useState } from 'react';
import { ModalForm } from '@ant-design/pro-components';
import { Button, Col, Divider, Form, Input, Row, Select, Space, Typography } from 'antd';
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { COMMISSIONER_LEVEL_WORDS } from '@kechuang/domain';
import { showError, showSuccess } from '../../ui/feedback';
import { handleMutationError } from '../../ui/mutation-error';
import { EnterpriseMultiPicker, type PickedEnterprise } from './EnterpriseMultiPicker';
import { serviceEventApi, type CommissionerOption } from './service-event.api';

interface FormValues {
  enterprises?: PickedEnterprise[];
  reps?: Record<string, { representative?: string; post?: string }>;
  commissionerIds?: number[];
  persons?: { name: string; unit?: string; phone?: string }[];
}

interface Props {
  eventId: number;
  eventTitle: string;
  onClose: () => void;
  onDone: () => void;
}

/** The roster's commissioners, searched by name. */
function useCommissioners(keyword: string) {
  const [options, setOptions] = useState<CommissionerOption[]>([]);
  useEffect(() => {
    let live = true;
    const timer = setTimeout(() => {
      serviceEventApi.commissioners(keyword.trim()).then((rows) => live && setOptions(rows), showError);
    }, 250);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [keyword]);
  return options;
}

/**
 * 添加参加企业与人员: several enterprises picked from the register at once (each with its representative and post),
 * commissioners of the roster, and persons named by hand (the phone is kept and shown masked).
 */
export function AddAttendeesModal({ eventId, eventTitle, onClose, onDone }: Props) {
  const [form] = Form.useForm<FormValues>();
  const [keyword, setKeyword] = useState('');
  const commissioners = useCommissioners(keyword);
  const picked = Form.useWatch('enterprises', form) ?? [];

  const save = async (v: FormValues) => {
    const body = {
      enterprises: (v.enterprises ?? []).map((e) => ({
        enterpriseId: e.value,
        representative: v.reps?.[e.value]?.representative || null,
        post: v.reps?.[e.value]?.post || null,
      })),
      commissionerIds: v.commissionerIds ?? [],
      persons: (v.persons ?? []).map((p) => ({ name: p.name, unit: p.unit || null, phone: p.phone || null })),
    };
    try {
      const { added } = await serviceEventApi.addAttendees(eventId, body);
      showSuccess(`已添加 ${added} 个参加企业或人员`);
      onDone();
      return true;
    } catch (e) {
      handleMutationError(e, { form, reload: onClose });
      return false;
    }
  };

  return (
    <ModalForm<FormValues>
      title={`添加参加企业与人员 · ${eventTitle}`}
      open
      form={form}
      name="service-event-attendees"
      width={720}
      modalProps={{ onCancel: onClose, destroyOnHidden: true, maskClosable: false }}
      submitter={{ searchConfig: { submitText: '添加' } }}
      onFinish={save}
    >
      <Form.Item name="enterprises" label="参加企业（从企业库选择，可多选）">
        <EnterpriseMultiPicker />
      </Form.Item>
      {picked.length > 0 && (
        <div style={{ marginBottom: 16 }}>
          {picked.map((e) => (
            <Row key={e.value} gutter={8} align="middle" style={{ marginBottom: 8 }}>
              <Col xs={24} sm={10}>
                <Typography.Text ellipsis>{e.label}</Typography.Text>
              </Col>
              <Col xs={12} sm={7}>
                <Form.Item name={['reps', String(e.value), 'representative']} noStyle>
                  <Input placeholder="企业代表姓名" aria-label={`${e.label} 企业代表姓名`} />
                </Form.Item>
              </Col>
              <Col xs={12} sm={7}>
                <Form.Item name={['reps', String(e.value), 'post']} noStyle>
                  <Input placeholder="职务" aria-label={`${e.label} 职务`} />
                </Form.Item>
              </Col>
            </Row>
          ))}
        </div>
      )}
      <Form.Item name="commissionerIds" label="科技特派员（从特派员库选择，可多选）">
        <Select<number[]>
          mode="multiple"
          showSearch
          filterOption={false}
          onSearch={setKeyword}
          placeholder="输入姓名查找"
          notFoundContent="没有匹配的科技特派员"
          options={commissioners.map((c) => ({
            value: c.id,
            label: `${c.name}（${COMMISSIONER_LEVEL_WORDS[c.level] ?? c.level} · ${c.batch}）`,
          }))}
        />
      </Form.Item>
      <Divider plain orientation="left">
        其他人员
      </Divider>
      <Form.List name="persons">
        {(fields, { add, remove }) => (
          <>
            {fields.map((f) => (
              <Space key={f.key} align="baseline" wrap style={{ display: 'flex', marginBottom: 8 }}>
                <Form.Item name={[f.name, 'name']} rules={[{ required: true, message: '请填写姓名' }]} noStyle>
                  <Input placeholder="姓名" aria-label={`人员${f.name + 1} 姓名`} style={{ width: 120 }} />
                </Form.Item>
                <Form.Item name={[f.name, 'unit']} noStyle>
                  <Input placeholder="工作单位" aria-label={`人员${f.name + 1} 工作单位`} style={{ width: 220 }} />
                </Form.Item>
                <Form.Item name={[f.name, 'phone']} noStyle>
                  <Input
                    placeholder="联系电话（选填）"
                    aria-label={`人员${f.name + 1} 联系电话`}
                    style={{ width: 160 }}
                  />
                </Form.Item>
                <MinusCircleOutlined onClick={() => remove(f.name)} aria-label="移除该人员" />
              </Space>
            ))}
            <Button type="dashed" icon={<PlusOutlined />} onClick={() => add()}>
              添加人员
            </Button>
          </>
        )}
      </Form.List>
    </ModalForm>
  );
}

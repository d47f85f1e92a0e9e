import { useState } from 'react';
import { DrawerForm, ProFormDateRangePicker, ProFormSelect, ProFormText } from '@ant-design/pro-components';
import { Alert, Form, Segmented, Table, Tag } from 'antd';
import {
  chinaToday,
  LIAISON_RULE_LABELS,
  LIAISON_RULE_KINDS,
  type LiaisonRuleKind,
  type TLiaisonRulePreview,
} from '@kechuang/domain';
import { showSuccess } from '../../ui/feedback';
import { handleMutationError } from '../../ui/mutation-error';
import { useSession } from '../auth/use-session';
import { EnterprisePicker } from '../enterprise/EnterprisePicker';
import { useTownships } from '../enterprise/use-townships';
import { liaisonApi } from './liaison.api';
import { useCadres } from './use-cadres';

/** The default period: this calendar year (Beijing time). */
const thisYear = (): [string, string] => {
  const y = chinaToday().slice(0, 4);
  return [`${y}-01-01`, `${y}-12-31`];
};

interface FormValues {
  enterpriseId?: number;
  rule?: LiaisonRuleKind;
  townshipCode?: string;
  cadreId: number;
  period: [string, string];
  remark?: string;
}

/** 包联分配: one enterprise by hand, or a rule over the register previewed before it commits (docs/rules.md §5.7.1). */
export function AssignDrawer({ onClose, onSaved }: { onClose: () => void; onSaved: () => void }) {
  const [form] = Form.useForm<FormValues>();
  const [mode, setMode] = useState<'manual' | 'rule'>('manual');
  const [preview, setPreview] = useState<TLiaisonRulePreview | null>(null);
  const cadres = useCadres();
  const { user } = useSession();
  const townships = useTownships(user?.regionCode);

  const ruleBody = (v: FormValues) => ({
    rule: v.rule!,
    townshipCode: v.townshipCode || null,
    cadreId: v.cadreId,
    startOn: v.period[0],
    endOn: v.period[1],
  });

  const save = async (v: FormValues) => {
    try {
      if (mode === 'manual') {
        const a = await liaisonApi.assign({
          enterpriseId: v.enterpriseId!,
          cadreId: v.cadreId,
          startOn: v.period[0],
          endOn: v.period[1],
          remark: v.remark || null,
        });
        showSuccess(`已将“${a.enterpriseName}”分配给 ${a.cadreName}`);
      } else if (!preview) {
        setPreview(await liaisonApi.previewRule(ruleBody(v)));
        return false;
      } else {
        const done = await liaisonApi.commitRule(ruleBody(v));
        showSuccess(`已分配 ${done.created} 家，跳过已有包联干部的 ${done.skipped} 家`);
      }
      onSaved();
      return true;
    } catch (e) {
      handleMutationError(e, { form });
      return false;
    }
  };

  return (
    <DrawerForm<FormValues>
      title="包联分配"
      open
      name="liaison-assign"
      form={form}
      width={600}
      drawerProps={{ onClose, destroyOnHidden: true, maskClosable: false }}
      initialValues={{ period: thisYear() }}
      submitter={{
        searchConfig: {
          submitText: mode === 'rule' ? (preview ? `确认分配 ${preview.assignable} 家` : '预览') : '保存',
        },
      }}
      onValuesChange={() => setPreview(null)}
      onFinish={save}
    >
      <Segmented
        style={{ marginBottom: 16 }}
        value={mode}
        onChange={(m) => {
          setMode(m as 'manual' | 'rule');
          setPreview(null);
        }}
        options={[
          { value: 'manual', label: '指定企业' },
          { value: 'rule', label: '按规则批量' },
        ]}
      />
      {mode === 'manual' ? (
        <Form.Item name="enterpriseId" label="包联企业" rules={[{ required: true, message: '请选择包联企业' }]}>
          <EnterprisePicker />
        </Form.Item>
      ) : (
        <>
          <ProFormSelect
            name="rule"
            label="包联范围"
            rules={[{ required: true, message: '请选择包联范围' }]}
            options={LIAISON_RULE_KINDS.map((k) => ({ value: k, label: `全部${LIAISON_RULE_LABELS[k]}` }))}
          />
          <ProFormSelect
            name="townshipCode"
            label="乡镇（可选）"
            allowClear
            options={townships.map((t) => ({ value: t.code, label: t.name }))}
          />
        </>
      )}
      <ProFormSelect
        name="cadreId"
        label="包联干部"
        rules={[{ required: true, message: '请选择包联干部' }]}
        options={cadres.map((c) => ({ value: c.id, label: c.name }))}
        showSearch
      />
      <ProFormDateRangePicker
        name="period"
        label="包联期间"
        rules={[{ required: true, message: '请选择开始和结束日期' }]}
        fieldProps={{ style: { width: '100%' }, placeholder: ['开始日期', '结束日期'] }}
      />
      {mode === 'manual' && <ProFormText name="remark" label="备注" />}
      {preview && (
        <>
          <Alert
            type="info"
            showIcon
            style={{ marginBottom: 8 }}
            message={`${preview.ruleLabel}：共 ${preview.items.length} 家，可分配 ${preview.assignable} 家；已有包联干部的将跳过`}
          />
          <Table
            size="small"
            rowKey="enterpriseId"
            pagination={{ pageSize: 8 }}
            dataSource={preview.items}
            columns={[
              { title: '企业', dataIndex: 'enterpriseName' },
              { title: '乡镇', dataIndex: 'townshipName', width: 100 },
              {
                title: '现包联干部',
                width: 150,
                render: (_d, r) =>
                  r.currentLead ? (
                    <Tag color="orange">
                      {r.currentLead.cadreName}（至 {r.currentLead.endOn}）
                    </Tag>
                  ) : (
                    <Tag color="green">可分配</Tag>
                  ),
              },
            ]}
          />
        </>
      )}
    </DrawerForm>
  );
}

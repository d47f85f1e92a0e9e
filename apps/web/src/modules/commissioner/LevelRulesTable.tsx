import { useCallback, useEffect, useState } from 'react';
import { ModalForm, ProFormDigit, ProFormSelect, ProFormText } from '@ant-design/pro-components';
import { Card, Form, Table, Typography } from 'antd';
import { COMMISSIONER_UNIT_KIND_DICT, type TCommissionerLevelRule } from '@kechuang/domain';
import { showError, showSuccess } from '../../ui/feedback';
import { formatDateTime } from '../../ui/format';
import { handleMutationError } from '../../ui/mutation-error';
import { useCan } from '../auth/use-can';
import { useDictItems } from '../dict/use-dict-items';
import { commissionerApi } from './commissioner.api';
import { levelLabel } from './commissioner-labels';

/**
 * 选派条件设置 (docs/rules.md §5.1): age limit, lowest 职称, excluded unit kinds, service days and term years by
 * level, with where each row comes from; staff edit a row (versioned, audited).
 */
export function LevelRulesTable() {
  const [rules, setRules] = useState<TCommissionerLevelRule[]>([]);
  const [editing, setEditing] = useState<TCommissionerLevelRule | null>(null);
  const canWrite = useCan('commissioner:write');
  const load = useCallback(() => commissionerApi.levelRules().then(setRules, showError), []);
  useEffect(() => {
    void load();
  }, [load]);

  return (
    <Card>
      <Table
        rowKey="level"
        pagination={false}
        dataSource={rules}
        scroll={{ x: 900 }}
        columns={[
          { title: '级别', dataIndex: 'level', width: 70, render: levelLabel },
          {
            title: '年龄上限',
            dataIndex: 'maxAge',
            width: 90,
            render: (v: number | null) => (v ? `${v} 周岁` : '不限'),
          },
          { title: '最低职称', dataIndex: 'minTitleLevel', width: 90, render: (v: string | null) => v ?? '不限' },
          {
            title: '不得申请的单位类型',
            dataIndex: 'excludedUnitKinds',
            render: (v: string[]) => (v.length ? v.join('、') : '-'),
          },
          { title: '年度服务天数', dataIndex: 'minServiceDays', width: 110 },
          { title: '任期（年）', dataIndex: 'termYears', width: 90 },
          { title: '依据', dataIndex: 'source' },
          { title: '更新时间', dataIndex: 'updatedAt', width: 160, render: (v: string) => formatDateTime(v) },
          ...(canWrite
            ? [
                {
                  title: '操作',
                  width: 70,
                  render: (_v: unknown, r: TCommissionerLevelRule) => (
                    <Typography.Link onClick={() => setEditing(r)}>编辑</Typography.Link>
                  ),
                },
              ]
            : []),
        ]}
      />
      {editing && (
        <LevelRuleModal
          rule={editing}
          onClose={() => setEditing(null)}
          onSaved={() => {
            setEditing(null);
            void load();
          }}
        />
      )}
    </Card>
  );
}

function LevelRuleModal({
  rule,
  onClose,
  onSaved,
}: {
  rule: TCommissionerLevelRule;
  onClose: () => void;
  onSaved: () => void;
}) {
  const [form] = Form.useForm();
  const kinds = useDictItems(COMMISSIONER_UNIT_KIND_DICT);
  return (
    <ModalForm
      title={`编辑选派条件 · ${levelLabel(rule.level)}`}
      open
      form={form}
      width={560}
      layout="horizontal"
      labelCol={{ span: 7 }}
      modalProps={{ onCancel: onClose, destroyOnHidden: true }}
      initialValues={rule}
      onFinish={async (v) => {
        try {
          await commissionerApi.updateLevelRule(rule.level, {
            version: rule.version,
            maxAge: v.maxAge ?? null,
            minTitleLevel: v.minTitleLevel ?? null,
            excludedUnitKinds: v.excludedUnitKinds ?? [],
            minServiceDays: v.minServiceDays,
            termYears: v.termYears,
            source: v.source,
          });
          showSuccess('已保存选派条件');
          onSaved();
          return true;
        } catch (e) {
          handleMutationError(e, { form, reload: onClose });
          return false;
        }
      }}
    >
      <ProFormDigit name="maxAge" label="年龄上限（周岁）" min={18} max={80} fieldProps={{ precision: 0 }} />
      <ProFormSelect name="minTitleLevel" label="最低职称" options={['初级', '中级', '副高', '正高']} />
      <ProFormSelect
        name="excludedUnitKinds"
        label="不得申请的单位类型"
        mode="multiple"
        options={kinds.map((k) => ({ value: k.value, label: k.label }))}
      />
      <ProFormDigit
        name="minServiceDays"
        label="年度服务天数"
        min={0}
        max={366}
        fieldProps={{ precision: 0 }}
        rules={[{ required: true }]}
      />
      <ProFormDigit
        name="termYears"
        label="任期（年）"
        min={1}
        max={10}
        fieldProps={{ precision: 0 }}
        rules={[{ required: true }]}
      />
      <ProFormText name="source" label="依据" rules={[{ required: true, message: '请填写依据' }]} />
    </ModalForm>
  );
}

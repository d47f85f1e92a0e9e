import { useRef, useState } from 'react';
import { ModalForm, ProFormGroup, ProFormList, ProFormSelect, ProFormText, ProTable, type ActionType } from '@ant-design/pro-components';
import { Space, Tag, Typography } from 'antd';
import { showSuccess } from '../../ui/feedback';
import { handleMutationError } from '../../ui/mutation-error';
import { listRequest } from '../../ui/table-request';
import { projectApi, type ExpertBody } from './project.api';
import type { TExpertProfile } from './project-types';

/** 专家库: profiles with employer and declared conflicts, which decide whom an expert may not review. */
export function ExpertTable() {
  const actionRef = useRef<ActionType>(undefined);
  const [editing, setEditing] = useState<TExpertProfile | null>(null);
  return (
    <>
      <ProTable<TExpertProfile>
        rowKey="userId"
        headerTitle="评审专家"
        actionRef={actionRef}
        request={listRequest<TExpertProfile>('/experts')}
        search={false}
        pagination={false}
        columns={[
          { title: '姓名', dataIndex: 'name', width: 100 },
          { title: '账号', dataIndex: 'username', width: 100 },
          { title: '职称', dataIndex: 'title', width: 110 },
          { title: '工作单位', dataIndex: 'employerName', width: 200, render: (_d, x) => x.employerName ?? '-' },
          {
            title: '专业领域',
            dataIndex: 'fields',
            width: 200,
            render: (_d, x) => (
              <Space size={[4, 4]} wrap>
                {x.fields.map((f) => (
                  <Tag key={f} bordered={false}>
                    {f}
                  </Tag>
                ))}
              </Space>
            ),
          },
          {
            title: '回避单位',
            dataIndex: 'conflicts',
            render: (_d, x) =>
              x.conflicts.length ? (
                <Space direction="vertical" size={0}>
                  {x.conflicts.map((c, i) => (
                    <Typography.Text key={i}>
                      {c.name ?? c.creditCode}
                      <Typography.Text type="secondary">（{c.reason}）</Typography.Text>
                    </Typography.Text>
                  ))}
                </Space>
              ) : (
                '-'
              ),
          },
          { title: '在评任务', dataIndex: 'activeAssignments', width: 90 },
          { title: '操作', valueType: 'option', width: 70, render: (_d, x) => <Typography.Link onClick={() => setEditing(x)}>编辑</Typography.Link> },
        ]}
      />
      {editing && (
        <ModalForm<ExpertBody>
          title={`编辑专家档案 · ${editing.name}`}
          open
          name="expert-form"
          width={720}
          modalProps={{ onCancel: () => setEditing(null), destroyOnHidden: true }}
          initialValues={editing}
          onFinish={async (v) => {
            try {
              await projectApi.updateExpert(editing.userId, { ...v, version: editing.version });
              showSuccess(`已保存“${v.name}”的专家档案`);
              setEditing(null);
              actionRef.current?.reload();
              return true;
            } catch (e) {
              handleMutationError(e, { reload: () => actionRef.current?.reload() });
              return false;
            }
          }}
        >
          <ProFormGroup>
            <ProFormText name="name" label="姓名" width="sm" rules={[{ required: true }]} />
            <ProFormText name="title" label="职称" width="sm" />
          </ProFormGroup>
          <ProFormGroup>
            <ProFormText name="employerName" label="工作单位" width="md" />
            <ProFormText name="employerCreditCode" label="单位信用代码" width="md" />
          </ProFormGroup>
          <ProFormSelect name="fields" label="专业领域" mode="tags" />
          <ProFormList name="conflicts" label="回避单位" creatorButtonProps={{ creatorButtonText: '添加回避单位' }} copyIconProps={false}>
            <ProFormGroup>
              <ProFormText name="name" placeholder="单位名称" width="md" />
              <ProFormText name="creditCode" placeholder="信用代码" width="sm" />
              <ProFormText name="reason" placeholder="回避原因" width="sm" rules={[{ required: true, message: '请写明回避原因' }]} />
            </ProFormGroup>
          </ProFormList>
        </ModalForm>
      )}
    </>
  );
}

import { Button, Form, Input, Select, Table } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { RD_COOPERATION_LABELS, RD_PROJECT_SOURCE_LABELS, RD_PROJECT_STAGE_LABELS } from '@kechuang/domain';

const options = (labels: Record<string, string>) => Object.entries(labels).map(([value, label]) => ({ value, label }));

/** 107-1 essentials: one editable row per R&D project. */
export function RdProjectsTable({ editable }: { editable: boolean }) {
  return (
    <Form.List name="projects">
      {(fields, { add, remove }) => (
        <>
          <Table
            size="small"
            rowKey="key"
            pagination={false}
            dataSource={fields}
            scroll={{ x: 1200 }}
            locale={{ emptyText: '暂无研发项目' }}
            columns={[
              {
                title: '项目名称',
                width: 220,
                render: (_v, f) => (
                  <Form.Item name={[f.name, 'name']} noStyle>
                    <Input disabled={!editable} aria-label="项目名称" />
                  </Form.Item>
                ),
              },
              {
                title: '项目来源',
                width: 170,
                render: (_v, f) => (
                  <Form.Item name={[f.name, 'source']} noStyle>
                    <Select
                      disabled={!editable}
                      options={options(RD_PROJECT_SOURCE_LABELS)}
                      style={{ width: '100%' }}
                    />
                  </Form.Item>
                ),
              },
              {
                title: '合作形式',
                width: 170,
                render: (_v, f) => (
                  <Form.Item name={[f.name, 'cooperation']} noStyle>
                    <Select disabled={!editable} options={options(RD_COOPERATION_LABELS)} style={{ width: '100%' }} />
                  </Form.Item>
                ),
              },
              {
                title: '进展阶段',
                width: 120,
                render: (_v, f) => (
                  <Form.Item name={[f.name, 'stage']} noStyle>
                    <Select disabled={!editable} options={options(RD_PROJECT_STAGE_LABELS)} style={{ width: '100%' }} />
                  </Form.Item>
                ),
              },
              {
                title: '参加人员',
                width: 90,
                render: (_v, f) => (
                  <Form.Item name={[f.name, 'people']} noStyle>
                    <Input disabled={!editable} aria-label="参加人员" />
                  </Form.Item>
                ),
              },
              {
                title: '人月',
                width: 80,
                render: (_v, f) => (
                  <Form.Item name={[f.name, 'personMonths']} noStyle>
                    <Input disabled={!editable} aria-label="人月" />
                  </Form.Item>
                ),
              },
              {
                title: '经费内部支出（元）',
                width: 150,
                render: (_v, f) => (
                  <Form.Item name={[f.name, 'expenditure']} noStyle>
                    <Input disabled={!editable} aria-label="项目经费内部支出" />
                  </Form.Item>
                ),
              },
              {
                title: '其中政府资金（元）',
                width: 150,
                render: (_v, f) => (
                  <Form.Item name={[f.name, 'government']} noStyle>
                    <Input disabled={!editable} aria-label="项目其中政府资金" />
                  </Form.Item>
                ),
              },
              ...(editable
                ? [
                    {
                      title: '',
                      width: 50,
                      render: (_v: unknown, f: { name: number }) => (
                        <Button
                          type="text"
                          danger
                          icon={<DeleteOutlined />}
                          aria-label="删除项目"
                          onClick={() => remove(f.name)}
                        />
                      ),
                    },
                  ]
                : []),
            ]}
          />
          {editable && (
            <Button
              style={{ marginTop: 8 }}
              icon={<PlusOutlined />}
              onClick={() => add({ source: 'own', cooperation: 'independent', stage: 'research', government: '0' })}
            >
              增加研发项目
            </Button>
          )}
        </>
      )}
    </Form.List>
  );
}

import { useEffect, useState } from 'react';
import { Button, Collapse, Descriptions, Drawer, Table, Typography } from 'antd';
import { TECH_PLATFORM_KINDS, type TEvalScheme } from '@kechuang/domain';
import { showError } from '../../../ui/feedback';
import { evaluationApi } from './evaluation.api';

const kindLabel = (k: string) => TECH_PLATFORM_KINDS[k as keyof typeof TECH_PLATFORM_KINDS] ?? k;

/** 指标体系: each version of each kind's scheme with its source, indicators (weight, target or bands, basis) and cut-offs. */
export function SchemesDrawer() {
  const [open, setOpen] = useState(false);
  const [schemes, setSchemes] = useState<TEvalScheme[]>([]);
  useEffect(() => {
    if (open) evaluationApi.schemes().then(setSchemes, showError);
  }, [open]);
  return (
    <>
      <Button onClick={() => setOpen(true)}>指标体系</Button>
      <Drawer title="评价指标体系" width={960} open={open} onClose={() => setOpen(false)} destroyOnHidden>
        <Collapse
          items={schemes.map((s) => ({
            key: s.id,
            label: `${s.name}（${kindLabel(s.kind)}，第 ${s.version} 版，${s.effectiveYear} 年起）`,
            children: (
              <>
                <Descriptions size="small" column={2}>
                  <Descriptions.Item label="依据" span={2}>
                    {s.source}
                  </Descriptions.Item>
                  <Descriptions.Item label="等级线">
                    {s.definition.grades
                      .map((g) => (g.min === null ? `${g.grade} 其余` : `${g.grade} ≥${g.min}`))
                      .join('，')}
                  </Descriptions.Item>
                  <Descriptions.Item label="构成">
                    定量 {s.definition.indicators.reduce((n, x) => n + x.weight, 0)} + 专家定性{' '}
                    {s.definition.qualitative.points} + 地方管理 {s.definition.management.maxScore}
                  </Descriptions.Item>
                  <Descriptions.Item label="艰苦边远地区">
                    定量要求下调 {s.definition.hardshipRelaxation.percent}%
                  </Descriptions.Item>
                  <Descriptions.Item label="摘牌建议">
                    连续 {s.definition.revocation.consecutiveFails} 次不合格
                  </Descriptions.Item>
                </Descriptions>
                <Table
                  size="small"
                  rowKey="key"
                  pagination={false}
                  dataSource={s.definition.indicators}
                  columns={[
                    { title: '类别', dataIndex: 'group', width: 110 },
                    { title: '指标', dataIndex: 'label', width: 180 },
                    { title: '分值', dataIndex: 'weight', width: 60 },
                    {
                      title: '计分',
                      key: 'scoring',
                      width: 200,
                      render: (_v, x) =>
                        x.scoring.kind === 'target'
                          ? `达到目标 ${x.scoring.target} 得满分，按比例`
                          : x.scoring.bands.map((b) => `≥${b.min}%：${b.share * 100}%`).join('；'),
                    },
                    {
                      title: '依据',
                      dataIndex: 'basis',
                      render: (v: string) => <Typography.Text type="secondary">{v}</Typography.Text>,
                    },
                  ]}
                />
              </>
            ),
          }))}
        />
      </Drawer>
    </>
  );
}

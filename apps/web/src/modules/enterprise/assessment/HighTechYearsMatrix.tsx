import { Button, Col, Form, InputNumber } from 'antd';
import { CloseOutlined, PlusOutlined } from '@ant-design/icons';
import '../enterprise.css';
import { groupedInput, ungroupedInput } from '../../../ui/money-input';
import type { HighTechYearRow } from './assessment-defaults';

type Key = Exclude<keyof HighTechYearRow, 'year'>;

// The rows of the 高企 application's own 近三年 table: indicators down, years across.
const ROWS: { key: Key; label: string; money: boolean; signed?: boolean }[] = [
  { key: 'revenue', label: '销售收入（元）', money: true },
  { key: 'rdExpense', label: '研发费用（元）', money: true },
  { key: 'domesticRdExpense', label: '境内研发费用（元）', money: true },
  { key: 'netAssets', label: '年末净资产（元）', money: true, signed: true },
  { key: 'conversions', label: '科技成果转化（项）', money: false },
];

const blankYear = (year: number): HighTechYearRow => ({
  year,
  revenue: '0',
  rdExpense: '0',
  domesticRdExpense: '0',
  netAssets: '0',
  conversions: 0,
});

/** 近三个会计年度 (fewer when the enterprise is younger), as the familiar indicator × year table. */
export function HighTechYearsMatrix() {
  const form = Form.useFormInstance();
  return (
    <Col span={24}>
      <Form.Item
        label="近三个会计年度"
        required
        tooltip="研发费用比例按近三年合计计算；成长性按近三年净资产、销售收入计算"
      >
        <Form.List name="years">
          {(fields, { add, remove }) => (
            <>
              <table className="kc-years">
                <thead>
                  <tr>
                    <th>指标 \ 年度</th>
                    {fields.map((f) => (
                      <th key={f.key}>
                        <Form.Item name={[f.name, 'year']} noStyle rules={[{ required: true, message: '请填写年度' }]}>
                          <InputNumber
                            precision={0}
                            min={2000}
                            max={2100}
                            variant="borderless"
                            className="kc-years-year"
                            aria-label="年度"
                          />
                        </Form.Item>
                        {fields.length > 1 && (
                          <CloseOutlined
                            className="kc-years-remove"
                            title="删除该年度"
                            onClick={() => remove(f.name)}
                          />
                        )}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {ROWS.map((r) => (
                    <tr key={r.key}>
                      <th>{r.label}</th>
                      {fields.map((f) => (
                        <td key={f.key}>
                          <Form.Item
                            name={[f.name, r.key]}
                            noStyle
                            rules={[{ required: true, message: `请填写${r.label}` }]}
                          >
                            {r.money ? (
                              <InputNumber<string>
                                stringMode
                                precision={2}
                                min={r.signed ? undefined : '0'}
                                formatter={groupedInput}
                                parser={ungroupedInput}
                                controls={false}
                                size="small"
                                style={{ width: '100%' }}
                                aria-label={r.label}
                              />
                            ) : (
                              <InputNumber
                                precision={0}
                                min={0}
                                controls={false}
                                size="small"
                                style={{ width: '100%' }}
                                aria-label={r.label}
                              />
                            )}
                          </Form.Item>
                        </td>
                      ))}
                    </tr>
                  ))}
                </tbody>
              </table>
              {fields.length < 3 && (
                <Button
                  type="dashed"
                  size="small"
                  icon={<PlusOutlined />}
                  style={{ marginTop: 8 }}
                  onClick={() => {
                    const years = (form.getFieldValue('years') as HighTechYearRow[] | undefined) ?? [];
                    const first = Math.min(...years.map((y) => Number(y.year) || new Date().getFullYear()));
                    add(blankYear(first - 1), 0);
                  }}
                >
                  添加上一年度
                </Button>
              )}
            </>
          )}
        </Form.List>
      </Form.Item>
    </Col>
  );
}

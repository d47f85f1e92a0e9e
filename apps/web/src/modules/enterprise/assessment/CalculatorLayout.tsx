import { useEffect, useRef, type ReactNode } from 'react';
import { ProCard } from '@ant-design/pro-components';
import { Col, Empty, Row } from 'antd';

/**
 * Inputs on the left, the explained result on the right. The 测算 button sits below a long form, so a new
 * result scrolls into view instead of appearing somewhere above the user's eyes.
 */
export function CalculatorLayout({
  form,
  result,
  resultTitle,
}: {
  form: ReactNode;
  result: ReactNode | null;
  resultTitle: string;
}) {
  const resultRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (result) resultRef.current?.scrollIntoView({ behavior: 'smooth', block: 'start' });
  }, [result]);
  return (
    <Row gutter={16} align="top">
      <Col xs={24} xl={12}>
        <ProCard title="测算输入" bordered headerBordered>
          {form}
        </ProCard>
      </Col>
      <Col xs={24} xl={12}>
        <div ref={resultRef} style={{ scrollMarginTop: 72 }}>
          <ProCard title={resultTitle} bordered headerBordered className="kc-assessment-result">
            {result ?? <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="核对左侧数据后点击“测算”" />}
          </ProCard>
        </div>
      </Col>
    </Row>
  );
}

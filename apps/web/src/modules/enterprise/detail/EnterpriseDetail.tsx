import { useState } from 'react';
import { Link } from 'react-router-dom';
import { PageContainer, ProCard } from '@ant-design/pro-components';
import { Button, Col, Result, Row, Space } from 'antd';
import { CalculatorOutlined, EditOutlined } from '@ant-design/icons';
import { FullPageSpin } from '../../../ui/FullPageSpin';
import { useCan } from '../../auth/use-can';
import { enterpriseApi } from '../enterprise.api';
import { EnterpriseFormDrawer } from '../EnterpriseFormDrawer';
import { QualificationTable } from '../qualifications/QualificationTable';
import { usePageTitle } from '../../../ui/page-title';
import { useLoader } from '../../../ui/use-loader';
import { EnterpriseDescriptions } from './EnterpriseDescriptions';
import { EnterpriseTimeline } from './EnterpriseTimeline';
import { SelfProfileDrawer } from './SelfProfileDrawer';
import { YearlyFigures } from './YearlyFigures';

interface Props {
  id: number;
  /** 我的企业: the enterprise user sees the same page without staff actions, and edits its own contacts and figures. */
  readOnly?: boolean;
  /** Where the calculators are (staff reach them through this page, enterprise users through their menu). */
  title?: string;
}

/** One enterprise: the record, yearly figures, qualification records and the cross-module timeline. */
export function EnterpriseDetail({ id, readOnly = false, title }: Props) {
  const enterprise = useLoader(id, () => enterpriseApi.get(id));
  const timeline = useLoader(id, () => enterpriseApi.timeline(id));
  const yearly = useLoader(id, () => enterpriseApi.yearly(id));
  const [editing, setEditing] = useState(false);
  usePageTitle(enterprise.data?.name);
  const isStaff = useCan('enterprise:write');
  const canWrite = isStaff && !readOnly;
  // The enterprise itself keeps its contacts and its yearly figures (the server checks it is its own).
  const isSelf = useCan('enterprise:self') && readOnly;

  const e = enterprise.data;
  if (!e && enterprise.loading) return <FullPageSpin />;
  if (!e) {
    return (
      <Result
        status={enterprise.error?.status === 404 ? '404' : '403'}
        title="无法查看该企业"
        subTitle={enterprise.error?.message ?? '企业不存在或不在您的管辖范围内'}
        extra={
          <Link to="/enterprise/list">
            <Button type="primary">返回企业名录</Button>
          </Link>
        }
      />
    );
  }
  const refresh = () => {
    enterprise.reload();
    timeline.reload();
  };

  return (
    <PageContainer
      title={title ?? e.name}
      subTitle={title ? e.name : undefined}
      onBack={readOnly ? undefined : () => window.history.back()}
      extra={
        <Space>
          <Link to={`/enterprise/self-assessment?enterpriseId=${e.id}&tab=high-tech`}>
            <Button icon={<CalculatorOutlined />}>{readOnly ? '自评测算' : '高企自评'}</Button>
          </Link>
          {(canWrite || isSelf) && (
            <Button type="primary" icon={<EditOutlined />} onClick={() => setEditing(true)}>
              {isSelf ? '修改本企业信息' : '编辑'}
            </Button>
          )}
        </Space>
      }
    >
      <Space direction="vertical" size={16} style={{ width: '100%' }}>
        <ProCard title="基本信息" bordered headerBordered>
          <EnterpriseDescriptions enterprise={e} />
        </ProCard>
        <QualificationTable enterpriseId={e.id} readOnly={readOnly} onChanged={refresh} />
        <Row gutter={16} align="top">
          <Col xs={24} xl={12}>
            <ProCard title="年度数据" bordered headerBordered>
              <YearlyFigures enterpriseId={e.id} years={yearly.data ?? []} canEdit={isStaff || isSelf} />
            </ProCard>
          </Col>
          <Col xs={24} xl={12}>
            <ProCard title="时间线" subTitle="各模块发生的事，最新在前" bordered headerBordered>
              <EnterpriseTimeline events={timeline.data ?? []} />
            </ProCard>
          </Col>
        </Row>
      </Space>
      {editing && isSelf && (
        <SelfProfileDrawer
          enterprise={e}
          onClose={() => setEditing(false)}
          onSaved={() => {
            setEditing(false);
            refresh();
          }}
        />
      )}
      {editing && !isSelf && (
        <EnterpriseFormDrawer
          enterprise={e}
          onClose={() => setEditing(false)}
          onSaved={() => {
            setEditing(false);
            refresh();
          }}
        />
      )}
    </PageContainer>
  );
}

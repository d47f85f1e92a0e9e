import { Alert, Col, Descriptions, Progress, Result, Row, Space, Spin, Tag } from 'antd';
import { FullPageSpin } from '../../../ui/FullPageSpin';
import { usePageTitle } from '../../../ui/page-title';
import { formatDateTime } from '../../../ui/format';
import { useCan } from '../../auth/use-can';
import { periodLabel } from '../report-periods';
import { ChangesAlert } from './ChangesAlert';
import { DraftToolbar } from './DraftToolbar';
import { IndicatorsCard } from './IndicatorsCard';
import { ReportPaper } from './ReportPaper';
import { useReportDraft } from './use-report-draft';

/** The generated report as an editable 公文 page, with its figures traced to their records. */
export function ReportDraft({ id }: { id: number }) {
  const draft = useReportDraft(id);
  const canWrite = useCan('report:write');
  const { report } = draft;
  // The tab and the browser name the report ('陇西县科学技术局2022年上半年工作总结'), not '…'.
  usePageTitle(draft.draft?.title);
  if (draft.loaded.loading && !report) return <FullPageSpin />;
  if (!report || !draft.draft) return <Result status="404" title="工作总结不存在或无权查看" />;
  const final = report.status === 'final';
  const showing = draft.redacted ? draft.preview : draft.draft;

  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }}>
      <Descriptions size="small" column={{ xs: 1, md: 4 }}>
        <Descriptions.Item label="统计期间">{periodLabel(report.period)}</Descriptions.Item>
        <Descriptions.Item label="版本">第 {report.version} 版</Descriptions.Item>
        <Descriptions.Item label="状态">
          {final ? <Tag color="green">已定稿</Tag> : <Tag color="blue">草稿</Tag>}
          {draft.dirty && <Tag color="orange">有未保存的修改</Tag>}
        </Descriptions.Item>
        {final && (
          <Descriptions.Item label="定稿">
            {report.finalisedBy} {formatDateTime(report.finalisedAt)}
          </Descriptions.Item>
        )}
        {final && report.finalHash && (
          <Descriptions.Item label="定稿摘要" span={4}>
            <code style={{ wordBreak: 'break-all' }}>{report.finalHash}</code>
          </Descriptions.Item>
        )}
      </Descriptions>
      <DraftToolbar draft={draft} canWrite={canWrite} />
      {draft.regenerating && (
        <Progress percent={Math.round(draft.regenerating.progress)} status="active" data-testid="report-regenerating" />
      )}
      {draft.redacted && (
        <Alert type="info" showIcon message="脱敏预览：地名、人名按脱敏词表遮盖；关闭脱敏后可继续编辑" />
      )}
      {!draft.redacted && <ChangesAlert changes={report.changes} document={draft.draft} />}
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={18}>
          {showing ? (
            <ReportPaper
              document={showing}
              editable={canWrite && !final && !draft.redacted}
              changedIds={new Set(draft.redacted ? [] : report.changes.map((c) => c.paragraphId))}
              onParagraphChange={draft.editParagraph}
            />
          ) : (
            <Spin />
          )}
        </Col>
        <Col xs={24} xl={6}>
          <IndicatorsCard indicators={report.indicators} />
        </Col>
      </Row>
    </Space>
  );
}

import { Alert, Progress, Table } from 'antd';
import type { VerifyState } from './use-verify-chain';

/** What the chain check found: a progress bar while it runs, then 通过 or the list of broken records. */
export function VerifyChainPanel({ state }: { state: VerifyState }) {
  if (state.phase === 'idle') return null;
  if (state.phase === 'running') {
    return (
      <Alert
        type="info"
        style={{ marginBottom: 16 }}
        message="正在校验审计链……"
        description={<Progress percent={Math.round(state.progress)} status="active" style={{ maxWidth: 480 }} />}
      />
    );
  }
  if (state.phase === 'failed' || !state.result) {
    return (
      <Alert
        type="error"
        showIcon
        style={{ marginBottom: 16 }}
        message="校验任务执行失败"
        description="请稍后重试；详情见任务中心。"
      />
    );
  }
  const r = state.result;
  // Results stored before the trail was split into one chain per region have no chain list.
  const chains = r.chains ?? [];
  if (r.ok) {
    const scope = chains.length
      ? `共校验 ${r.checked} 条记录（按地区分为 ${chains.length} 条哈希链），全部完整`
      : `共校验 ${r.checked} 条记录，哈希链完整`;
    return (
      <Alert
        type="success"
        showIcon
        style={{ marginBottom: 16 }}
        message="审计链校验通过"
        description={`${scope}，未发现删除或篡改。`}
      />
    );
  }
  const broken = chains.filter((c) => !c.ok);
  const where = broken.length
    ? `${broken.map((c) => c.label).join('、')}有问题，其余 ${chains.length - broken.length} 条链完整；`
    : '';
  return (
    <Alert
      type="error"
      showIcon
      style={{ marginBottom: 16 }}
      message={`审计链校验未通过：${where}发现 ${r.problems.length} 处问题（共校验 ${r.checked} 条，首个异常记录第 ${r.firstBadId} 条）`}
      description={
        <Table
          size="small"
          rowKey={(p) => `${p.id}-${p.message}`}
          pagination={r.problems.length > 10 ? { pageSize: 10 } : false}
          dataSource={r.problems}
          columns={[
            { title: '记录编号', dataIndex: 'id', width: 100 },
            { title: '问题', dataIndex: 'message' },
          ]}
        />
      }
    />
  );
}

import { useRef, useState } from 'react';
import { Link } from 'react-router-dom';
import { ProTable, type ActionType } from '@ant-design/pro-components';
import { Alert, Popconfirm, Segmented, Select, Space, Switch, Typography } from 'antd';
import { TIER_LABELS, type PoolTarget, type TPoolEntry } from '@kechuang/domain';
import { showError, showSuccess } from '../../../ui/feedback';
import { tableRequest } from '../../../ui/table-request';
import { useCan } from '../../auth/use-can';
import { useSession } from '../../auth/use-session';
import { poolApi } from '../pool.api';
import { qualificationApi } from '../qualification.api';
import { useTownships } from '../use-townships';
import { poolColumns } from './pool-columns';
import { useListColumns } from '../../../ui/list-columns';

/** 培育库: the rule engines run over the register; candidates first, each with what it lacks, and 纳入培育. */
export function CultivationPool() {
  const actionRef = useRef<ActionType>(undefined);
  const { user } = useSession();
  const townships = useTownships(user?.regionCode);
  const canWrite = useCan('qualification:write');
  const [target, setTarget] = useState<PoolTarget>('high_tech');
  const [township, setTownship] = useState<string | undefined>();
  const [onlyCandidates, setOnlyCandidates] = useState(false);
  const [assumptions, setAssumptions] = useState<string[]>([]);

  const enrol = async (r: TPoolEntry) => {
    try {
      await qualificationApi.create({
        enterpriseId: r.enterpriseId,
        tier: target,
        year: new Date().getFullYear(),
        stage: 'cultivating',
      });
      showSuccess(`已将“${r.name}”纳入${TIER_LABELS[target]}培育`);
      actionRef.current?.reload();
    } catch (e) {
      showError(e);
    }
  };

  const listColumns = useListColumns<TPoolEntry>('enterprise.pool', [
    ...poolColumns(target),
    {
      title: '操作',
      valueType: 'option',
      width: 140,
      render: (_d, r) => (
        <Space size={12}>
          {canWrite && (
            <Popconfirm
              title={`将“${r.name}”纳入${TIER_LABELS[target]}培育？`}
              description={`新建 ${new Date().getFullYear()} 年“培育”阶段的资质记录。`}
              onConfirm={() => enrol(r)}
            >
              <Typography.Link>纳入培育</Typography.Link>
            </Popconfirm>
          )}
          <Link
            to={`/enterprise/self-assessment?enterpriseId=${r.enterpriseId}&tab=${target === 'high_tech' ? 'high-tech' : 'tech-sme'}`}
          >
            测算
          </Link>
        </Space>
      ),
    },
  ]);

  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }}>
      {assumptions.length > 0 && (
        <Alert type="info" showIcon message={`评估按名录中的最新年度数据进行，并假设：${assumptions.join('；')}`} />
      )}
      <ProTable<TPoolEntry>
        rowKey="enterpriseId"
        actionRef={actionRef}
        params={{ target, township, onlyCandidates }}
        request={tableRequest<TPoolEntry>(async (q) => {
          const res = await poolApi.pool({
            target: q.target as PoolTarget,
            township: q.township as string | undefined,
            onlyCandidates: (q.onlyCandidates as boolean) || undefined,
          });
          setAssumptions(res.assumptions);
          return res.data;
        })}
        {...listColumns}
        search={false}
        headerTitle={
          <Segmented<PoolTarget>
            value={target}
            onChange={setTarget}
            options={[
              { value: 'high_tech', label: '高企培育' },
              { value: 'tech_sme', label: '科小培育' },
            ]}
          />
        }
        toolBarRender={() => [
          <Select
            key="township"
            allowClear
            placeholder="全部乡镇"
            style={{ width: 140 }}
            value={township}
            onChange={setTownship}
            options={townships.map((t) => ({ value: t.code, label: t.name }))}
          />,
          <Space key="only">
            <Switch checked={onlyCandidates} onChange={setOnlyCandidates} size="small" />
            <span>只看候选</span>
          </Space>,
        ]}
        pagination={{ defaultPageSize: 20, showSizeChanger: true }}
      />
    </Space>
  );
}

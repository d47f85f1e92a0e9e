import { useEffect, useState } from 'react';
import { Descriptions, Drawer, Empty, List, Typography } from 'antd';
import { Link } from 'react-router-dom';
import type { TForeignExpert, TForeignExpertVisit } from '@kechuang/domain';
import { showError } from '../../ui/feedback';
import { formatDateTime } from '../../ui/format';
import { foreignExpertApi } from './foreign-expert.api';
import { PassportNo } from './PassportNo';

/** One expert's profile (passport masked, 查看 audited), 引智基地 and visits. */
export function ExpertDetailDrawer({ expert, onClose }: { expert: TForeignExpert; onClose: () => void }) {
  const [visits, setVisits] = useState<TForeignExpertVisit[] | null>(null);
  useEffect(() => {
    let live = true;
    foreignExpertApi.visits({ expertId: expert.id, pageSize: 100 }).then(
      (res) => live && setVisits(res.data),
      (e: unknown) => showError(e),
    );
    return () => {
      live = false;
    };
  }, [expert.id]);
  return (
    <Drawer open title={`外国专家 · ${expert.name}`} width={640} onClose={onClose} destroyOnHidden>
      <Descriptions column={1} size="small" bordered labelStyle={{ width: 140 }}>
        <Descriptions.Item label="姓名">{expert.name}</Descriptions.Item>
        <Descriptions.Item label="中文名">{expert.nameZh ?? '-'}</Descriptions.Item>
        <Descriptions.Item label="国籍">{expert.countryLabel ?? expert.country}</Descriptions.Item>
        <Descriptions.Item label="专业领域">{expert.field}</Descriptions.Item>
        <Descriptions.Item label="工作单位">{expert.employer ?? '-'}</Descriptions.Item>
        <Descriptions.Item label="护照号码">
          <PassportNo expertId={expert.id} masked={expert.passportMasked} />
        </Descriptions.Item>
        <Descriptions.Item label="联系电话">{expert.phoneMasked ?? '-'}</Descriptions.Item>
        <Descriptions.Item label="电子邮箱">{expert.email ?? '-'}</Descriptions.Item>
        <Descriptions.Item label="来华工作许可证号">{expert.workPermitNo ?? '-'}</Descriptions.Item>
        <Descriptions.Item label="引智基地">
          {expert.talentBaseId ? (
            <Link to={`/tech-platform/platforms/${expert.talentBaseId}`}>{expert.talentBaseName}</Link>
          ) : (
            '-'
          )}
        </Descriptions.Item>
        <Descriptions.Item label="所属县区">{expert.regionName ?? expert.regionCode}</Descriptions.Item>
        <Descriptions.Item label="更新时间">{formatDateTime(expert.updatedAt)}</Descriptions.Item>
      </Descriptions>
      <Typography.Title level={5} style={{ marginTop: 24 }}>
        来访指导（{visits?.length ?? 0} 次）
      </Typography.Title>
      {visits && visits.length === 0 ? (
        <Empty description="暂无来访指导记录" />
      ) : (
        <List
          size="small"
          loading={visits === null}
          dataSource={visits ?? []}
          renderItem={(v) => (
            <List.Item>
              <List.Item.Meta
                title={`${v.startOn} 至 ${v.endOn} · ${v.enterprises.map((e) => e.name).join('、')}`}
                description={v.topics}
              />
            </List.Item>
          )}
        />
      )}
    </Drawer>
  );
}

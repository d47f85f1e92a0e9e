import { Button, List, Popconfirm, Space, Tag, Typography, Upload } from 'antd';
import { UploadOutlined } from '@ant-design/icons';
import {
  evidenceKindsOf,
  evidenceRuleOf,
  EVIDENCE_KIND_LABELS,
  type EvidenceKind,
  type TAchievementDetail,
} from '@kechuang/domain';
import { showError, showSuccess } from '../../ui/feedback';
import { achievementApi, achievementFileUrl } from './achievement.api';

interface Props {
  detail: TAchievementDetail;
  /** The form is still open to the user (draft or returned, and theirs to change). */
  editable: boolean;
  onChanged: () => void;
}

/** The evidence the registration's 类别 takes (required ones marked), its files, and upload / delete while editable. */
export function AchievementEvidence({ detail, editable, onChanged }: Props) {
  const required = new Set<string>(evidenceRuleOf(detail.category).required);
  const upload = async (kind: EvidenceKind, file: File) => {
    try {
      await achievementApi.uploadFile(detail.id, kind, file);
      showSuccess(`已上传“${file.name}”`);
      onChanged();
    } catch (e) {
      showError(e);
    }
  };
  const remove = async (id: number) => {
    try {
      await achievementApi.deleteFile(id);
      onChanged();
    } catch (e) {
      showError(e);
    }
  };
  return (
    <List
      size="small"
      bordered
      dataSource={evidenceKindsOf(detail.category)}
      renderItem={(kind) => {
        const files = detail.files.filter((f) => f.kind === kind);
        return (
          <List.Item
            data-testid={`evidence-${kind}`}
            actions={
              editable
                ? [
                    <Upload
                      key="up"
                      showUploadList={false}
                      accept=".pdf,.docx,.xlsx,.jpg,.jpeg,.png"
                      customRequest={({ file }) => void upload(kind, file as File)}
                    >
                      <Button size="small" icon={<UploadOutlined />}>
                        上传
                      </Button>
                    </Upload>,
                  ]
                : []
            }
          >
            <Space direction="vertical" size={2}>
              <Space size={6}>
                <Typography.Text>{EVIDENCE_KIND_LABELS[kind]}</Typography.Text>
                {required.has(kind) && (
                  <Tag color={files.length ? 'success' : 'error'} bordered={false}>
                    {files.length ? '必需 · 已上传' : '必需 · 未上传'}
                  </Tag>
                )}
              </Space>
              {files.map((f) => (
                <Space key={f.id} size={8}>
                  <Typography.Link href={achievementFileUrl(f.id)}>{f.fileName}</Typography.Link>
                  {editable && (
                    <Popconfirm title="删除该文件？" onConfirm={() => remove(f.id)}>
                      <Typography.Link type="danger">删除</Typography.Link>
                    </Popconfirm>
                  )}
                </Space>
              ))}
            </Space>
          </List.Item>
        );
      }}
    />
  );
}

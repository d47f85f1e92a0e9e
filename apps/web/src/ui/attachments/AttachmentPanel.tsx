import { CameraOutlined, UploadOutlined } from '@ant-design/icons';
import { Button, Image, List, Popconfirm, Space, Spin, Typography, Upload } from 'antd';
import { useState } from 'react';
import type { TAttachedFile } from '@kechuang/domain';
import { showError, showSuccess } from '../feedback';
import { useLoader } from '../use-loader';
import { attachmentsApi } from './attachments.api';

/** How the panel offers one slot of the owner (the server holds the rules: types, size, count). */
export interface SlotView {
  label: string;
  /** Photos: thumbnails, and the phone's camera offered (`capture`). */
  photo?: boolean;
  /** The file picker's filter, e.g. '.pdf,.docx'. */
  accept?: string;
}

interface Props {
  ownerType: string;
  ownerId: number;
  slots: Readonly<Record<string, SlotView>>;
  /** The user may add and remove files now (the server checks again). */
  canEdit: boolean;
  /** Told after an upload or a removal (e.g. to refresh a count). */
  onChanged?: (files: TAttachedFile[]) => void;
}

/** A record's attachments by slot: photos as thumbnails, other files as links; upload and delete while editable. */
export function AttachmentPanel({ ownerType, ownerId, slots, canEdit, onChanged }: Props) {
  const files = useLoader(`${ownerType}/${ownerId}`, () => attachmentsApi.list(ownerType, ownerId));
  const [busy, setBusy] = useState<string | null>(null);
  const items = files.data?.items ?? [];

  const changed = async () => {
    files.reload();
    if (onChanged) onChanged((await attachmentsApi.list(ownerType, ownerId)).items);
  };
  const upload = async (slot: string, file: File) => {
    setBusy(slot);
    try {
      await attachmentsApi.upload(ownerType, ownerId, slot, file);
      showSuccess(`已上传“${file.name}”`);
      await changed();
    } catch (e) {
      showError(e);
    } finally {
      setBusy(null);
    }
  };
  const remove = async (id: number) => {
    try {
      await attachmentsApi.remove(id);
      await changed();
    } catch (e) {
      showError(e);
    }
  };

  if (files.loading && !files.data) return <Spin />;
  return (
    <List
      size="small"
      dataSource={Object.entries(slots)}
      renderItem={([slot, view]) => {
        const mine = items.filter((f) => f.slot === slot);
        return (
          <List.Item data-testid={`attachments-${slot}`} style={{ display: 'block' }}>
            <Space style={{ width: '100%', justifyContent: 'space-between', flexWrap: 'wrap' }}>
              <Typography.Text strong>{view.label}</Typography.Text>
              {canEdit && (
                <Upload
                  showUploadList={false}
                  accept={view.photo ? 'image/jpeg,image/png' : view.accept}
                  capture={view.photo ? 'environment' : undefined}
                  customRequest={({ file }) => void upload(slot, file as File)}
                >
                  <Button
                    size="small"
                    loading={busy === slot}
                    icon={view.photo ? <CameraOutlined /> : <UploadOutlined />}
                  >
                    {view.photo ? '拍照/选图' : '上传'}
                  </Button>
                </Upload>
              )}
            </Space>
            {mine.length === 0 ? (
              <Typography.Text type="secondary">暂无</Typography.Text>
            ) : view.photo ? (
              <Image.PreviewGroup>
                <Space wrap size={8} style={{ marginTop: 8 }}>
                  {mine.map((f) => (
                    <Space key={f.id} direction="vertical" size={0} align="center">
                      <Image
                        width={88}
                        height={88}
                        style={{ objectFit: 'cover', borderRadius: 4 }}
                        src={attachmentsApi.url(f.id, true)}
                        alt={f.fileName}
                      />
                      {canEdit && (
                        <Popconfirm title="删除这张照片？" onConfirm={() => remove(f.id)}>
                          <Typography.Link type="danger">删除</Typography.Link>
                        </Popconfirm>
                      )}
                    </Space>
                  ))}
                </Space>
              </Image.PreviewGroup>
            ) : (
              <Space direction="vertical" size={2} style={{ marginTop: 4 }}>
                {mine.map((f) => (
                  <Space key={f.id} size={8} wrap>
                    <Typography.Link href={attachmentsApi.url(f.id)}>{f.fileName}</Typography.Link>
                    {canEdit && (
                      <Popconfirm title="删除该文件？" onConfirm={() => remove(f.id)}>
                        <Typography.Link type="danger">删除</Typography.Link>
                      </Popconfirm>
                    )}
                  </Space>
                ))}
              </Space>
            )}
          </List.Item>
        );
      }}
    />
  );
}

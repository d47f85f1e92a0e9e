import { useState } from 'react';
import { Button, Input, Modal, Space, Tag } from 'antd';
import type { CoopMachine, TDictItem } from '@kechuang/domain';
import { coopTransitionsFrom } from '@kechuang/domain';

/** A status as a coloured tag: running states blue, ended well green, terminated red, just signed gold. */
const COLORS: Record<string, string> = {
  signed: 'gold',
  executing: 'blue',
  in_progress: 'blue',
  concluded: 'green',
  expired: 'default',
  terminated: 'red',
};

export function StatusTag({ status, labels }: { status: string; labels: Record<string, string> }) {
  return (
    <Tag color={COLORS[status] ?? 'default'} bordered={false}>
      {labels[status] ?? status}
    </Tag>
  );
}

/** A dictionary's items as select options. */
export const dictOptions = (items: TDictItem[]) => items.map((i) => ({ value: i.value, label: i.label }));

/** A dictionary's items as a ProTable value enum (filter select and cell label). */
export const dictEnum = (items: TDictItem[]) => Object.fromEntries(items.map((i) => [i.value, { text: i.label }]));

/** A label map as a ProTable value enum. */
export const labelEnum = (labels: Record<string, string>) =>
  Object.fromEntries(Object.entries(labels).map(([k, text]) => [k, { text }]));

interface MoveProps<S extends string> {
  machine: CoopMachine<S>;
  status: S;
  /** Makes the move; resolves when done (the caller reloads). */
  onMove: (to: S, reason: string | null) => Promise<void>;
}

/** The moves the domain's table allows from the current state, as buttons; a termination asks its reason. */
export function TransitionButtons<S extends string>({ machine, status, onMove }: MoveProps<S>) {
  const [asking, setAsking] = useState<{ to: S; label: string } | null>(null);
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const moves = coopTransitionsFrom(machine, status);
  if (moves.length === 0) return null;
  const run = async (to: S, why: string | null) => {
    setBusy(true);
    try {
      await onMove(to, why);
      setAsking(null);
      setReason('');
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <Space wrap>
        {moves.map((t) => (
          <Button
            key={t.to}
            danger={t.reasonRequired}
            type={t.reasonRequired ? 'default' : 'primary'}
            loading={busy && !asking}
            onClick={() => (t.reasonRequired ? setAsking({ to: t.to, label: t.label }) : run(t.to, null))}
          >
            {t.label}
          </Button>
        ))}
      </Space>
      <Modal
        open={!!asking}
        title={asking?.label}
        okText="确定"
        okButtonProps={{ disabled: !reason.trim(), loading: busy }}
        onCancel={() => setAsking(null)}
        onOk={() => asking && run(asking.to, reason.trim())}
        destroyOnHidden
      >
        <Input.TextArea
          aria-label="原因"
          placeholder="请填写原因（必填）"
          value={reason}
          maxLength={500}
          autoSize={{ minRows: 3 }}
          onChange={(e) => setReason(e.target.value)}
        />
      </Modal>
    </>
  );
}

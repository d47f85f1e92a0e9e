import { inspectXlsx } from '../excel/inspect-xlsx';
import { inspectDocx } from './inspect-docx';

/** The file types an attachment may have, by extension; each is confirmed by its magic bytes. */
export const ALLOWED_UPLOADS = {
  pdf: { mime: 'application/pdf', label: 'PDF' },
  docx: {
    mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    label: 'Word 文档（.docx）',
  },
  xlsx: { mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', label: 'Excel 工作簿（.xlsx）' },
  jpg: { mime: 'image/jpeg', label: 'JPEG 图片' },
  png: { mime: 'image/png', label: 'PNG 图片' },
} as const;
export type UploadKind = keyof typeof ALLOWED_UPLOADS;

/** The outcome of checking an upload: its kind and MIME type, or a Chinese refusal. */
export type UploadCheck = { ok: true; kind: UploadKind; mime: string } | { ok: false; message: string };

const MAGIC: Record<UploadKind, number[]> = {
  pdf: [0x25, 0x50, 0x44, 0x46, 0x2d],
  docx: [0x50, 0x4b, 0x03, 0x04],
  xlsx: [0x50, 0x4b, 0x03, 0x04],
  jpg: [0xff, 0xd8, 0xff],
  png: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
};

const ALLOWED_TEXT = 'PDF、Word（.docx）、Excel（.xlsx）、JPG、PNG';

/** The lower-case extension of a file name ('jpeg' counts as 'jpg'), or '' when there is none. */
export function extensionOf(fileName: string): string {
  const m = /\.([A-Za-z0-9]{1,10})$/.exec(fileName);
  const ext = m ? m[1].toLowerCase() : '';
  return ext === 'jpeg' ? 'jpg' : ext;
}

/**
 * Checks an upload against the allow-list: the extension must be allowed, the content must start with that
 * type's magic bytes, the size must be within `maxBytes`, and docx/xlsx must pass the zip-bomb inspection.
 */
export function checkUpload(fileName: string, buf: Buffer, maxBytes: number): UploadCheck {
  const ext = extensionOf(fileName);
  if (!(ext in ALLOWED_UPLOADS)) {
    return { ok: false, message: `不支持上传“.${ext || '（无扩展名）'}”文件，仅接受 ${ALLOWED_TEXT}` };
  }
  const kind = ext as UploadKind;
  if (buf.length === 0) return { ok: false, message: `文件“${fileName}”为空` };
  if (buf.length > maxBytes) {
    return {
      ok: false,
      message: `文件“${fileName}”大小 ${(buf.length / 1048576).toFixed(1)} MB，超过上限 ${Math.round(maxBytes / 1048576)} MB`,
    };
  }
  if (!MAGIC[kind].every((b, i) => buf[i] === b)) {
    return {
      ok: false,
      message: `文件“${fileName}”的内容与扩展名不符（不是真正的${ALLOWED_UPLOADS[kind].label}），已拒绝`,
    };
  }
  if (kind === 'xlsx') {
    const r = inspectXlsx(buf, { maxBytes });
    if (!r.ok) return { ok: false, message: `文件“${fileName}”：${r.message}` };
  }
  if (kind === 'docx') {
    const problem = inspectDocx(buf);
    if (problem) return { ok: false, message: `文件“${fileName}”：${problem}` };
  }
  return { ok: true, kind, mime: ALLOWED_UPLOADS[kind].mime };
}

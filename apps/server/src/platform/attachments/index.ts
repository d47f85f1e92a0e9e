export { defineAttachmentOwner, type AttachmentOwner, type AttachmentSlot } from './attachment-owner';
export {
  attachmentsOf,
  countAttachments,
  insertAttachment,
  presentAttachment,
  type AttachmentRow,
} from './attachments.repository';
export { readUpload, type ReadUpload } from './read-upload';

/**
 * The doctype.* rule pack: title and 文种, and the parts each 文种 requires or forbids: 主送机关,
 * 落款, 成文日期, 附件说明, 附注 and 版记 (elements.ts reads them).
 */
import type { Rule } from '../../types';
import { doctypeAttachmentNote } from './attachment-note';
import { doctypeAttachmentReference } from './attachment-reference';
import { doctypeCc } from './cc';
import { doctypeClosing } from './closing';
import { doctypeDate } from './date';
import { doctypeImprint } from './imprint';
import { doctypeInvalidType } from './invalid-type';
import { doctypeReplyTitle } from './reply-title';
import { doctypeReportRequest } from './report-request';
import { doctypeRequestClosing } from './request-closing';
import { doctypeRecipient } from './recipient';
import { doctypeRequestContact } from './request-contact';
import { doctypeRequestOneMatter } from './request-one-matter';
import { doctypeRequestRecipients } from './request-recipients';
import { doctypeSignature } from './signature';
import { doctypeTitleType } from './title-type';

export const DOCTYPE_RULES: readonly Rule[] = [
  doctypeTitleType,
  doctypeInvalidType,
  doctypeReplyTitle,
  doctypeRequestClosing,
  doctypeRequestOneMatter,
  doctypeReportRequest,
  doctypeClosing,
  doctypeRecipient,
  doctypeRequestRecipients,
  doctypeSignature,
  doctypeDate,
  doctypeAttachmentNote,
  doctypeAttachmentReference,
  doctypeRequestContact,
  doctypeCc,
  doctypeImprint,
];

/**
 * The rules that report a missing element (主送机关, 落款, 成文日期, 附件说明, 请示's 附注, the
 * 版记's 印发 line): what `gongwen check` counts as 缺少要素.
 */
export const ELEMENT_RULE_IDS: readonly string[] = [
  doctypeRecipient.id,
  doctypeSignature.id,
  doctypeDate.id,
  doctypeAttachmentNote.id,
  doctypeRequestContact.id,
  doctypeImprint.id,
];

/** The doctype.* rule pack: title and 文种, and the parts each 文种 requires or forbids. */
import type { Rule } from '../../types';
import { doctypeClosing } from './closing';
import { doctypeInvalidType } from './invalid-type';
import { doctypeReplyTitle } from './reply-title';
import { doctypeReportRequest } from './report-request';
import { doctypeRequestClosing } from './request-closing';
import { doctypeRequestOneMatter } from './request-one-matter';
import { doctypeTitleType } from './title-type';

export const DOCTYPE_RULES: readonly Rule[] = [
  doctypeTitleType,
  doctypeInvalidType,
  doctypeReplyTitle,
  doctypeRequestClosing,
  doctypeRequestOneMatter,
  doctypeReportRequest,
  doctypeClosing,
];

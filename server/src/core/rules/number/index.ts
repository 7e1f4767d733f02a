/** The number.* rule pack: numerals, dates, 发文字号 and figures (GB/T 15835-2011, GB/T 9704-2012). */
import type { Rule } from '../../types';
import { chineseZero } from './chinese-zero';
import { dateFormat } from './date-format';
import { digitBeforeHundred } from './digit-before-hundred';
import { docNumber } from './doc-number';
import { fullwidthDigit } from './fullwidth-digit';
import { issueDate } from './issue-date';
import { mixedStyle } from './mixed-style';
import { rangeMark } from './range-mark';
import { rangeUnit } from './range-unit';
import { redundantApproximation } from './redundant-approximation';
import { yearAbbreviated } from './year-abbreviated';

export const NUMBER_RULES: readonly Rule[] = [
  yearAbbreviated,
  chineseZero,
  mixedStyle,
  dateFormat,
  issueDate,
  docNumber,
  rangeUnit,
  rangeMark,
  digitBeforeHundred,
  fullwidthDigit,
  redundantApproximation,
];

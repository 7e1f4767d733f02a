/**
 * `gongwen/documentInfo`: what the status bar shows — the detected document type (so the writer
 * sees why a rule does or does not apply), the character count and the placeholders left (and how
 * many of them the writer chose to ignore here).
 */
import { DOCTYPE_NAMES, type Finding } from '../core';
import { PLACEHOLDER_RULE_ID } from '../core';
import type { DocumentInfo } from '../protocol';
import type { DocumentAnalysis } from './analysis';

export { DOCUMENT_INFO_REQUEST } from '../protocol';
export type { DocumentInfo } from '../protocol';

export function documentInfo(analysis: DocumentAnalysis, visible: (f: Finding) => boolean = () => true): DocumentInfo {
  const characters = (analysis.text.match(/[\u3400-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef\u2018-\u201d\u2026\u2014]|[\ud840-\ud87f][\udc00-\udfff]/g) ?? []).length;
  return {
    docType: analysis.docType,
    docTypeName: DOCTYPE_NAMES[analysis.docType],
    characters,
    placeholders: analysis.findings.filter((f) => f.rule === PLACEHOLDER_RULE_ID).length,
    ignored: analysis.findings.filter((f) => f.rule === PLACEHOLDER_RULE_ID && !visible(f)).length,
  };
}

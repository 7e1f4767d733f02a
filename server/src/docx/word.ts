/**
 * Word support in one module (export to .docx, text of a .docx): the entry of its own bundle,
 * dist/docx.js. docx, mammoth and their dependencies are two thirds of the server's code; loading
 * them only when a Word command runs keeps the server's start-up short (see load.ts).
 */
export { annotateDocx } from './annotate';
export { exportDocx } from './export';
export { importDocx, paragraphLabel, paragraphPosition } from './import';

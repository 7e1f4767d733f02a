/**
 * Measured by `npm run precision -- --write-docs` on the development corpus of real published
 * documents (kept outside the repository): per rule, findings at error/warning (loud) and below
 * (quiet), and how many of them a reader judged a real fault (True), a false alarm (False) or
 * house style (Debatable). Generated; docs/rules.md shows it.
 */
export const CORPUS_PRECISION = {
  commit: 'ea076b6',
  documents: 65,
  characters: 259277,
  rules: {
    'doctype.attachment-reference': { loud: 0, quiet: 5, loudTrue: 0, loudFalse: 0, loudDebatable: 0, quietTrue: 0, quietFalse: 0, quietDebatable: 0 },
    'doctype.signature': { loud: 0, quiet: 1, loudTrue: 0, loudFalse: 0, loudDebatable: 0, quietTrue: 0, quietFalse: 0, quietDebatable: 0 },
    'heading.skipped-level': { loud: 0, quiet: 3, loudTrue: 0, loudFalse: 0, loudDebatable: 0, quietTrue: 0, quietFalse: 1, quietDebatable: 2 },
    'number.chinese-zero': { loud: 1, quiet: 0, loudTrue: 1, loudFalse: 0, loudDebatable: 0, quietTrue: 0, quietFalse: 0, quietDebatable: 0 },
    'number.fullwidth-digit': { loud: 1, quiet: 0, loudTrue: 1, loudFalse: 0, loudDebatable: 0, quietTrue: 0, quietFalse: 0, quietDebatable: 0 },
    'number.range-mark': { loud: 7, quiet: 0, loudTrue: 7, loudFalse: 0, loudDebatable: 0, quietTrue: 0, quietFalse: 0, quietDebatable: 0 },
    'phrase.advisory': { loud: 0, quiet: 1, loudTrue: 0, loudFalse: 0, loudDebatable: 0, quietTrue: 0, quietFalse: 0, quietDebatable: 1 },
    'phrase.colloquial': { loud: 0, quiet: 3, loudTrue: 0, loudFalse: 0, loudDebatable: 0, quietTrue: 0, quietFalse: 0, quietDebatable: 3 },
    'phrase.confusable': { loud: 1, quiet: 2, loudTrue: 1, loudFalse: 0, loudDebatable: 0, quietTrue: 0, quietFalse: 0, quietDebatable: 2 },
    'phrase.organ-name': { loud: 0, quiet: 3, loudTrue: 0, loudFalse: 0, loudDebatable: 0, quietTrue: 0, quietFalse: 0, quietDebatable: 3 },
    'placeholder.unfilled': { loud: 4, quiet: 0, loudTrue: 4, loudFalse: 0, loudDebatable: 0, quietTrue: 0, quietFalse: 0, quietDebatable: 0 },
    'punct.enumeration-comma': { loud: 0, quiet: 28, loudTrue: 0, loudFalse: 0, loudDebatable: 0, quietTrue: 28, quietFalse: 0, quietDebatable: 0 },
    'punct.halfwidth': { loud: 11, quiet: 0, loudTrue: 11, loudFalse: 0, loudDebatable: 0, quietTrue: 0, quietFalse: 0, quietDebatable: 0 },
    'punct.unpaired': { loud: 1, quiet: 0, loudTrue: 1, loudFalse: 0, loudDebatable: 0, quietTrue: 0, quietFalse: 0, quietDebatable: 0 },
    'term.inconsistent': { loud: 0, quiet: 28, loudTrue: 0, loudFalse: 0, loudDebatable: 0, quietTrue: 0, quietFalse: 1, quietDebatable: 3 },
    'typo.char': { loud: 0, quiet: 60, loudTrue: 0, loudFalse: 0, loudDebatable: 0, quietTrue: 0, quietFalse: 0, quietDebatable: 0 },
  },
} as const;

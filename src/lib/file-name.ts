/** Longest organisation part of a file name; whole names stay well under every OS's 255-byte limit. */
const MAX_NAME_PART = 60;

/**
 * Letters that Unicode does not split into a base letter and an accent, spelt as English readers
 * would type them; every other accented Latin letter loses its accent through NFKD.
 */
const LATIN_LETTERS_WITHOUT_ACCENTS: Readonly<Record<string, string>> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ł: 'l',
  ı: 'i',
  ħ: 'h',
};

/**
 * A lowercase ASCII slug for a file name that must stay plain ASCII (saved plan files), e.g.
 * "Río Grande / Peña ISD" → "rio-grande-pena-isd". Accents are folded into their letters, never turned
 * into hyphens; anything else that is not a letter or digit becomes one hyphen. Scripts with no Latin
 * spelling leave nothing, so the caller needs a fallback for an empty result.
 */
export function asciiSlug(text: string, maxLength: number): string {
  return text
    .toLowerCase()
    .normalize('NFKD') // "í" → "i" + a combining accent, "ﬁ" → "fi"
    .replace(/\p{M}+/gu, '') // drop the accents, keep their letters
    .replace(/[ßæœøđðþłıħ]/g, (letter) => LATIN_LETTERS_WITHOUT_ACCENTS[letter] ?? '-')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+/, '')
    .slice(0, maxLength)
    .replace(/-+$/, '');
}

/**
 * A PDF's download name such as "Escuela-Rio-Grande-STEM-plan-2026-11-23.pdf": plain ASCII, so it survives
 * every file system, e-mail attachment and shared drive, yet readable: accents are folded into their letters
 * ("Río" → "Rio", never "R-o"), the case is kept, and anything else that is not a letter or digit becomes one
 * hyphen, so slashes, dots, quotes, emoji and control characters can never form a path or a hidden extension.
 * A name with no Latin spelling (e.g. 東京) leaves nothing, and the generic name stands in.
 */
export function planFileName(orgName: string, date: string, kind: 'full' | 'quick' = 'full'): string {
  return documentFileName(orgName, date, kind === 'quick' ? 'STEM-readiness' : 'STEM-plan', 'pdf');
}

/** The board summary's download name, e.g. "Escuela-Rio-Grande-STEM-board-summary-2026-11-23.pdf". */
export function boardSummaryFileName(orgName: string, date: string): string {
  return documentFileName(orgName, date, 'STEM-board-summary', 'pdf');
}

/** The Word plan's download name, e.g. "Escuela-Rio-Grande-STEM-plan-2026-11-23.docx". */
export function planDocxFileName(orgName: string, date: string): string {
  return documentFileName(orgName, date, 'STEM-plan', 'docx');
}

function documentFileName(orgName: string, date: string, label: string, extension: string): string {
  const name = foldToAscii(orgName)
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+/, '')
    .slice(0, MAX_NAME_PART)
    .replace(/-+$/, '');
  const safeDate = /^\d{4}-\d{2}-\d{2}$/.test(date) ? date : '';
  const parts = [name || 'STEM-teacher-leadership', label, safeDate].filter(Boolean);
  return `${parts.join('-')}.${extension}`;
}

/** Accents dropped from their letters, and the letters Unicode does not split spelt out, keeping case. */
function foldToAscii(text: string): string {
  return text
    .normalize('NFKD') // "í" → "i" + a combining accent, "ﬁ" → "fi"
    .replace(/\p{M}+/gu, '')
    .replace(/[ßæœøđðþłıħÆŒØĐÐÞŁĦ]/g, (letter) => {
      const lower = LATIN_LETTERS_WITHOUT_ACCENTS[letter.toLowerCase()] ?? '-';
      return letter === letter.toLowerCase() ? lower : lower.charAt(0).toUpperCase() + lower.slice(1);
    });
}

/** The room report's download name, e.g. "STEM-workshop-room-report-2026-11-23.pdf". */
export function roomReportFileName(date: string): string {
  const safeDate = /^\d{4}-\d{2}-\d{2}$/.test(date) ? `-${date}` : '';
  return `STEM-workshop-room-report${safeDate}.pdf`;
}

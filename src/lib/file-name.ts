/** Longest organisation part of a file name; whole names stay well under every OS's 255-byte limit. */
const MAX_NAME_PART = 60;

/**
 * A download name such as "Riverside-Unified-School-District-STEM-plan-2026-11-23.pdf".
 * Keeps letters and digits of any script, turns every other run of characters into one hyphen,
 * so slashes, dots, quotes, emoji and control characters can never form a path or a hidden extension.
 */
export function planFileName(orgName: string, date: string, kind: 'full' | 'quick' = 'full'): string {
  const name = orgName
    .normalize('NFC')
    .replace(/[^\p{L}\p{N}\p{M}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  const trimmed = Array.from(name).slice(0, MAX_NAME_PART).join('').replace(/-+$/, '');
  const safeDate = /^\d{4}-\d{2}-\d{2}$/.test(date) ? date : '';
  const parts = [trimmed || 'STEM-teacher-leadership', kind === 'quick' ? 'STEM-readiness' : 'STEM-plan', safeDate].filter(Boolean);
  return `${parts.join('-')}.pdf`;
}

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

/** The room report's download name, e.g. "STEM-workshop-room-report-2026-11-23.pdf". */
export function roomReportFileName(date: string): string {
  const safeDate = /^\d{4}-\d{2}-\d{2}$/.test(date) ? `-${date}` : '';
  return `STEM-workshop-room-report${safeDate}.pdf`;
}

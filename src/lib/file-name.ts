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

/** The room report's download name, e.g. "STEM-workshop-room-report-2026-11-23.pdf". */
export function roomReportFileName(date: string): string {
  const safeDate = /^\d{4}-\d{2}-\d{2}$/.test(date) ? `-${date}` : '';
  return `STEM-workshop-room-report${safeDate}.pdf`;
}

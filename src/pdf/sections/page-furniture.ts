import { sourceTitle } from '../../content/sources';
import { formatNumber } from '../../i18n/format';
import { messagesOf } from '../../i18n/i18n';
import { COLOR, CONTENT_WIDTH, FONT, PAGE, SIZE, type PdfWriter } from '../layout';
import { pdfCommonMessages } from '../pdf.messages';
import { toPrintable } from '../printable-text';

/**
 * The running header (organisation, document title) and footer (source, "Page n of N").
 * Drawn after the body, when the page count is known.
 */
export function drawPageFurniture(w: PdfWriter, orgName: string, title: string): void {
  const { doc } = w;
  const t = messagesOf(pdfCommonMessages);
  const basedOn = t.basedOn({ source: sourceTitle() });
  const total = doc.getNumberOfPages();
  const org = toPrintable(orgName).replace(/\s+/g, ' ').trim();
  for (let page = 1; page <= total; page++) {
    doc.setPage(page);
    doc.setFont(FONT, 'bold');
    doc.setFontSize(SIZE.small);
    doc.setTextColor(...COLOR.muted);
    const titleWidth = doc.getTextWidth(title);
    doc.setFont(FONT, 'normal');
    doc.text(title, PAGE.right, PAGE.headerY, { baseline: 'bottom', align: 'right' });
    doc.setFont(FONT, 'bold');
    doc.text(truncate(w, org, CONTENT_WIDTH - titleWidth - 24), PAGE.left, PAGE.headerY, { baseline: 'bottom' });
    doc.setDrawColor(...COLOR.rule);
    doc.setLineWidth(0.5);
    doc.line(PAGE.left, PAGE.headerY + 6, PAGE.right, PAGE.headerY + 6);

    doc.line(PAGE.left, PAGE.footerY - 12, PAGE.right, PAGE.footerY - 12);
    doc.setFont(FONT, 'normal');
    doc.text(basedOn, PAGE.left, PAGE.footerY, { baseline: 'top' });
    const pageOf = t.pageOf({ page: formatNumber(page), total: formatNumber(total) });
    doc.text(pageOf, PAGE.right, PAGE.footerY, { baseline: 'top', align: 'right' });
  }
}

/** Shortens text to fit `width` in the current font, ending with an ellipsis. */
function truncate(w: PdfWriter, text: string, width: number): string {
  const { doc } = w;
  if (doc.getTextWidth(text) <= width) return text;
  // Binary search for the longest prefix that fits with its ellipsis: this runs on every page, and a
  // long organisation name measured one character at a time made the footer a hot spot.
  const chars = Array.from(text);
  const fits = (n: number) => doc.getTextWidth(`${chars.slice(0, n).join('')}…`) <= width;
  let lo = 0;
  let hi = chars.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (fits(mid)) lo = mid;
    else hi = mid - 1;
  }
  return `${chars.slice(0, lo).join('').trimEnd()}…`;
}

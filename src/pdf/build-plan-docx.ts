/**
 * The full plan as an editable Word file (.docx), from the same PlanDocumentData as the PDFs (issue 12 §3):
 * headings as Word headings, tables as Word tables, the readiness and timeline charts as PNG images where a
 * canvas can draw them. `docx` is loaded with import() on export, like jsPDF, so no screen pays for it.
 */
import { sourceTitle } from '../content/sources';
import { messagesOf } from '../i18n/i18n';
import { currentLocaleTag } from '../i18n/locale';
import { planDocxFileName } from '../lib/file-name';
import { readinessChartImage, timelineChartImage } from './chart-images';
import { DocxBlocks } from './docx-blocks';
import { boardSummary, planParts, readinessDetail } from './docx-sections';
import { laterParts, stepParts } from './docx-sections-more';
import { longDate, planTitle } from './format';
import type { PlanDocumentData } from './plan-document';
import { pdfCommonMessages, pdfPlanMessages } from './pdf.messages';
import { pageAdded } from './pdf-progress';
import { toPrintable } from './printable-text';

export interface BuiltDocx {
  blob: Blob;
  bytes: Uint8Array;
  fileName: string;
}

export const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** Characters Word cannot hold in its XML (controls other than tab and line breaks) are dropped. */
const wordSafe = (value: unknown): unknown =>
  typeof value === 'string'
    ? Array.from(value)
        .filter((c) => {
          const code = c.codePointAt(0)!;
          return code >= 0x20 ? code !== 0xfffe && code !== 0xffff : code === 0x09 || code === 0x0a || code === 0x0d;
        })
        .join('')
    : Array.isArray(value)
      ? value.map(wordSafe)
      : typeof value === 'object' && value !== null
        ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, wordSafe(v)]))
        : value;

export async function buildPlanDocx(input: PlanDocumentData): Promise<BuiltDocx> {
  const data = wordSafe(input) as PlanDocumentData;
  const d = await import('docx');
  const t = messagesOf(pdfPlanMessages);
  const common = messagesOf(pdfCommonMessages);
  const title = planTitle('full');
  const [readiness, timeline] = await Promise.all([
    readinessChartImage(data.stepScores),
    timelineChartImage(data.timeline?.entries ?? []),
  ]);

  const b = new DocxBlocks(d);
  b.title(title, data.profile.orgName);
  b.text(`${data.profile.orgTypeLabel} · ${data.profile.levelLabel}`, { muted: true });
  b.labelled(t.cover.preparedBy, data.profile.respondentRole || common.notProvided);
  b.labelled(t.cover.assessmentDate, longDate(data.profile.date));
  b.labelled(t.cover.generated, longDate(data.generatedAt));
  b.labelled(t.cover.planningTeam, data.profile.team.trim() || common.notProvided);
  b.labelled(t.cover.overallReadiness, `${data.overall.levelLabel}. ${data.overall.explanation}`);
  b.text(t.coverNote({ source: sourceTitle() }), { muted: true, small: true });
  pageAdded(1);

  boardSummary(b, data, { readiness, timeline });
  pageAdded(3);
  readinessDetail(b, data);
  planParts(b, data);
  laterParts(b, data);
  stepParts(b, data);

  const document = new d.Document({
    creator: common.creator,
    title: t.documentTitle({ title, orgName: toPrintable(data.profile.orgName) }),
    description: t.subjectFull({ source: sourceTitle() }),
    // The document's language (spell check, screen readers) is the interface's at export, as in the PDF.
    styles: { default: { document: { run: { font: 'Calibri', size: 21, language: { value: currentLocaleTag() } } } } },
    sections: [
      {
        properties: { page: { size: { width: 12240, height: 15840 }, margin: { top: 1440, bottom: 1440, left: 1440, right: 1440 } } },
        headers: { default: new d.Header({ children: [new d.Paragraph({ children: [new d.TextRun({ text: `${data.profile.orgName} · ${title}`, size: 16, color: '52606D' })] })] }) },
        footers: { default: new d.Footer({ children: [pageOf(d, common.basedOn({ source: sourceTitle() }))] }) },
        children: b.blocks,
      },
    ],
  });
  const blob = await d.Packer.toBlob(document);
  const typed = new Blob([blob], { type: DOCX_TYPE });
  return { blob: typed, bytes: new Uint8Array(await typed.arrayBuffer()), fileName: planDocxFileName(data.profile.orgName, data.profile.date) };
}

/** "Based on … · Page 3 of 12", with Word's own page fields in place of the numbers. */
function pageOf(d: typeof import('docx'), basedOn: string) {
  const template = messagesOf(pdfCommonMessages).pageOf({ page: '\uE000', total: '\uE001' });
  const runs: import('docx').ParagraphChild[] = [new d.TextRun({ text: `${basedOn} · `, size: 16, color: '52606D' })];
  for (const part of template.split(/(\uE000|\uE001)/)) {
    if (part === '\uE000') runs.push(new d.TextRun({ children: [d.PageNumber.CURRENT], size: 16, color: '52606D' }));
    else if (part === '\uE001') runs.push(new d.TextRun({ children: [d.PageNumber.TOTAL_PAGES], size: 16, color: '52606D' }));
    else if (part) runs.push(new d.TextRun({ text: part, size: 16, color: '52606D' }));
  }
  return new d.Paragraph({ children: runs });
}

import { sourceSubtitle } from '../../content/sources';
import { messagesOf } from '../../i18n/i18n';
import { COLOR, SIZE, type PdfWriter } from '../layout';
import type { PlanDocumentData } from '../plan-document';
import { pdfPlanMessages } from '../pdf.messages';

export function drawSources(w: PdfWriter, data: PlanDocumentData): void {
  const t = messagesOf(pdfPlanMessages);
  w.sectionTitle(t.sources.title, { newPage: false, minSpace: 200 });
  w.text(t.sources.intro, { spaceAfter: 10 });
  w.heading(data.sources.title, 2, 40);
  w.text(sourceSubtitle(), { color: COLOR.muted, spaceAfter: 8 });
  w.bullets(data.sources.pages.map((page) => t.quoted({ text: page })));

  w.heading(t.sources.stateResources, 2, 30);
  if (data.sources.stateResources.length === 0) {
    w.text(t.sources.none, { color: COLOR.muted });
  } else {
    w.bullets(data.sources.stateResources, { size: SIZE.body });
  }
}

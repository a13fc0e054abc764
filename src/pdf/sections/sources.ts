import { sourceSubtitle } from '../../content/sources';
import { COLOR, SIZE, type PdfWriter } from '../layout';
import type { PlanDocumentData } from '../plan-document';

export function drawSources(w: PdfWriter, data: PlanDocumentData): void {
  w.sectionTitle('Sources');
  w.text(
    'The readiness statements, level descriptions and recommendations in this document are written in the tool’s own words, ' +
      'drawing on the pages below. Each item names the page it comes from.',
    { spaceAfter: 10 },
  );
  w.heading(data.sources.title, 2, 40);
  w.text(sourceSubtitle(), { color: COLOR.muted, spaceAfter: 8 });
  w.bullets(data.sources.pages.map((page) => `“${page}”`));

  w.heading('State resources reviewed', 2, 30);
  if (data.sources.stateResources.length === 0) {
    w.text('None recorded.', { color: COLOR.muted });
  } else {
    w.bullets(data.sources.stateResources, { size: SIZE.body });
  }
}

/** The communication plan and the role design checks, in the full plan. */
import { messagesOf } from '../../i18n/i18n';
import { pdfBoardMessages } from '../board.messages';
import { longDate } from '../format';
import { COLOR, type PdfWriter } from '../layout';
import type { PlanDocumentData } from '../plan-document';

export function drawCommunication(w: PdfWriter, data: PlanDocumentData): void {
  const t = messagesOf(pdfBoardMessages);
  w.sectionTitle(t.communicationSection, { newPage: false, minSpace: 220 });
  const rows = data.communication ?? [];
  if (rows.length === 0) {
    w.text(t.communicationNone, { color: COLOR.muted });
    return;
  }
  const c = t.communicationColumns;
  w.table(
    [c.audience, c.message, c.channel, c.owner, c.when],
    rows.map((r) => [r.audience, r.message, r.channel, r.owner, longDate(r.when)]),
    { fit: [{ weight: 1.5, bold: true }, { weight: 4 }, { weight: 2.2 }, { weight: 1.8 }, { weight: 1.6, date: true }] },
  );
}

export function drawRoleDesign(w: PdfWriter, data: PlanDocumentData): void {
  const t = messagesOf(pdfBoardMessages);
  w.sectionTitle(t.roleDesignSection, { newPage: false, minSpace: 220 });
  const design = data.roleDesign;
  if (!design || (design.answers.length === 0 && design.warnings.length === 0)) {
    w.text(t.roleDesignNone, { color: COLOR.muted });
    return;
  }
  if (design.warnings.length > 0) {
    w.heading(t.roleDesignWarnings, 3, 30);
    w.bullets(design.warnings);
  }
  for (const answer of design.answers) w.labelled(answer.label, answer.value);
}

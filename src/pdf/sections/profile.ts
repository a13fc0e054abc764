import { formatNumber } from '../../i18n/format';
import { messagesOf } from '../../i18n/i18n';
import { COLOR, type PdfWriter } from '../layout';
import type { PlanDocumentData } from '../plan-document';
import { pdfPlanMessages } from '../pdf.messages';
import { drawReadinessChart } from './readiness-chart';

/** The quick check's readiness profile: the chart, the same figures as a table, and the rule. */
export function drawProfile(w: PdfWriter, data: PlanDocumentData): void {
  const { profile } = messagesOf(pdfPlanMessages);
  w.sectionTitle(profile.title);
  w.text(profile.intro, { color: COLOR.muted, spaceAfter: 14 });
  drawReadinessChart(w, data.stepScores);
  w.heading(profile.tableHeading);
  drawStepScoresTable(w, data);
  w.heading(profile.ruleHeading, 3, 30);
  w.text(data.scoringRule);
}

/** Each step's level and how many of its items were rated, as a table. */
export function drawStepScoresTable(w: PdfWriter, data: PlanDocumentData): void {
  const t = messagesOf(pdfPlanMessages);
  const { columns } = t.profile;
  w.table(
    [columns.step, columns.level, columns.itemsRated, columns.notSure],
    data.stepScores.map((s) => [
      `${s.number}. ${s.title}`,
      s.levelLabel,
      t.ratedOf({ rated: s.ratedCount, total: s.itemCount }),
      formatNumber(s.notSureCount),
    ]),
    { fit: [{ weight: 5 }, { weight: 2 }, { weight: 1.5, align: 'right' }, { weight: 1.5, align: 'right' }] },
  );
}

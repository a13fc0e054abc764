/** The Word plan's later parts: evaluation, communication, role design, approaches, each step, sources. */
import { sourceSubtitle } from '../content/sources';
import { messagesOf } from '../i18n/i18n';
import { pdfBoardMessages } from './board.messages';
import type { DocxBlocks } from './docx-blocks';
import { longDate } from './format';
import type { PlanDocumentData } from './plan-document';
import { pdfPlanMessages } from './pdf.messages';

export function laterParts(b: DocxBlocks, data: PlanDocumentData): void {
  const t = messagesOf(pdfBoardMessages);
  const plan = messagesOf(pdfPlanMessages);

  b.heading(t.evaluationSection, 1);
  const evaluation = data.evaluation ?? [];
  if (evaluation.length === 0) b.text(t.evaluationNone, { muted: true });
  else {
    b.text(t.evaluationIntro, { muted: true });
    const c = t.evaluationColumns;
    b.table(
      [c.benefit, c.indicator, c.dataSource, c.baseline, c.target, c.reviewDate],
      evaluation.map((r) => [r.benefit, r.indicator, r.dataSource, r.baseline, r.target, longDate(r.reviewDate)]),
      [2, 3, 2, 1.5, 1.5, 1.5],
    );
  }

  b.heading(t.communicationSection, 1);
  const communication = data.communication ?? [];
  if (communication.length === 0) b.text(t.communicationNone, { muted: true });
  else {
    const c = t.communicationColumns;
    b.table(
      [c.audience, c.message, c.channel, c.owner, c.when],
      communication.map((r) => [r.audience, r.message, r.channel, r.owner, longDate(r.when)]),
      [1.5, 4, 2.2, 1.8, 1.6],
    );
  }

  b.heading(t.roleDesignSection, 1);
  const design = data.roleDesign;
  if (!design || (design.answers.length === 0 && design.warnings.length === 0)) b.text(t.roleDesignNone, { muted: true });
  else {
    if (design.warnings.length > 0) {
      b.heading(t.roleDesignWarnings, 3);
      b.bullets(design.warnings);
    }
    for (const answer of design.answers) b.labelled(answer.label, answer.value);
  }

  if (data.approaches.length > 0) {
    b.heading(plan.approachesTitle, 1);
    for (const approach of data.approaches) {
      b.heading(approach.heading, 2);
      b.bullets(approach.points);
    }
  }
}

/** Each step's ratings and answers; answers printed in full elsewhere are not repeated. */
export function stepParts(b: DocxBlocks, data: PlanDocumentData): void {
  const t = messagesOf(pdfBoardMessages);
  const plan = messagesOf(pdfPlanMessages);
  const partTitle = { jobDescription: plan.job.title, pdPlan: plan.pd.title, sustainability: plan.sustainability.title };
  b.heading(t.stepAnswersSection, 1, { pageBreakBefore: true });
  for (const step of data.steps) {
    b.heading(plan.stepTitle({ number: step.number, title: step.title }), 2);
    b.text(step.purpose, { muted: true });
    if (step.items.length > 0) {
      const c = plan.steps.columns;
      b.heading(plan.steps.ratings, 3);
      b.table([c.statement, c.level, c.notes], step.items.map((i) => [i.statement, i.ratingLabel, i.notes.trim() || '—']), [3.6, 1.3, 5]);
      b.text(plan.source({ source: [...new Set(step.items.map((i) => i.source))].join('; ') }), { muted: true, small: true });
    }
    const answers = step.answers.filter((a) => !a.printedIn);
    const elsewhere = [...new Set(step.answers.flatMap((a) => (a.printedIn ? [a.printedIn] : [])))];
    if (answers.length > 0 || elsewhere.length > 0) {
      b.heading(plan.steps.answers, 3);
      for (const answer of answers) b.labelled(answer.label, answer.value);
      for (const part of elsewhere) b.text(t.answersElsewhere({ part: partTitle[part] }), { muted: true, small: true });
    }
  }

  b.heading(plan.sources.title, 1);
  b.text(plan.sources.intro);
  b.heading(data.sources.title, 2);
  b.text(sourceSubtitle(), { muted: true });
  b.bullets(data.sources.pages.map((page) => plan.quoted({ text: page })));
  b.heading(plan.sources.stateResources, 2);
  if (data.sources.stateResources.length === 0) b.text(plan.sources.none, { muted: true });
  else b.bullets(data.sources.stateResources);
}

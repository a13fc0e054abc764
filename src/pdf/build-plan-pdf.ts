/**
 * Builds the implementation plan (or, for a quick check, the readiness report) as a PDF.
 * A pure function of PlanDocumentData: no React, no store. The data arrives worded; the fixed headings come
 * from pdf.messages.ts, in the language active at export. jsPDF, jspdf-autotable and the
 * font are loaded with dynamic import() so the app's first page never downloads them.
 *
 * The full plan opens with the board summary, then prints every part once (issue 12 §3): readiness detail,
 * action plan, timeline, budget, job description, PD plan, sustainability, evaluation, communication, role
 * design, approaches, each step's ratings and answers, sources.
 *
 * User text only ever reaches doc.text() and table cells (after toPrintable()); it never reaches
 * output() options, addImage, addJS, links or annotations.
 */
import { messagesOf } from '../i18n/i18n';
import type { FontLoader } from './fonts/font-files';
import { finishPdf, startPdf, type BuiltPdfFile } from './pdf-tools';
import { planFileName } from '../lib/file-name';
import { planTitle } from './format';
import type { PlanDocumentData } from './plan-document';
import { drawActionPlan } from './sections/action-plan';
import { drawBoardSummary } from './sections/board-summary';
import { drawBudgetLines } from './sections/budget';
import { drawCommunication, drawRoleDesign } from './sections/communication-and-role';
import { drawCover } from './sections/cover';
import { drawEvaluation } from './sections/evaluation';
import { drawApproaches, drawJobDescription, drawPdPlan, drawSustainability } from './sections/job-and-support';
import { drawPageFurniture } from './sections/page-furniture';
import { drawProfile } from './sections/profile';
import { drawReadinessDetail } from './sections/readiness-detail';
import { drawSources } from './sections/sources';
import { drawSteps } from './sections/steps';
import { drawSummary } from './sections/summary';
import { drawTimelineSection } from './sections/timeline-section';
import { drawProgress } from './sections/progress';
import { pdfPlanMessages } from './pdf.messages';
import { toPrintable } from './printable-text';
import { sourceTitle } from '../content/sources';

export type BuiltPlanPdf = BuiltPdfFile;

export interface BuildPlanPdfOptions {
  /** Where the font bytes come from. Defaults to fetching the Vite-emitted .ttf assets. */
  loadFonts?: FontLoader;
}

export async function buildPlanPdf(data: PlanDocumentData, options: BuildPlanPdfOptions = {}): Promise<BuiltPlanPdf> {
  const t = messagesOf(pdfPlanMessages);
  const title = planTitle(data.kind);
  const orgName = toPrintable(data.profile.orgName);
  const subject = data.kind === 'quick' ? t.subjectQuick : t.subjectFull;
  const w = await startPdf(
    {
      title: t.documentTitle({ title, orgName }),
      subject: subject({ source: sourceTitle() }),
      author: orgName,
      keywords: t.keywords,
      createdAt: data.generatedAt,
    },
    options.loadFonts,
  );
  drawCover(w, data);
  if (data.kind === 'full') {
    // Progress since the baseline (issue 14) goes in the board summary, right after its readiness chart.
    drawBoardSummary(w, data, { standalone: false, afterReadiness: drawProgress });
    drawReadinessDetail(w, data);
    drawActionPlan(w, data);
    drawTimelineSection(w, data);
    drawBudgetLines(w, data);
    drawJobDescription(w, data);
    drawPdPlan(w, data);
    drawSustainability(w, data);
    drawEvaluation(w, data);
    drawCommunication(w, data);
    drawRoleDesign(w, data);
    drawApproaches(w, data);
  } else {
    drawSummary(w, data);
    drawProgress(w, data);
    drawProfile(w, data);
  }
  drawSteps(w, data);
  drawSources(w, data);
  drawPageFurniture(w, data.profile.orgName, title);

  return finishPdf(w, planFileName(data.profile.orgName, data.profile.date, data.kind));
}

/**
 * The plan's new parts worded for print (PlanDocumentData's budget, timeline, evaluation, communication and
 * roleDesign, and each top gap's planned action), in the language active at export, from the same functions
 * the screen uses, so the PDF shows what the screen shows.
 */
import { formatDay, formatNumber } from '../../../i18n/format';
import { messagesOf } from '../../../i18n/i18n';
import type { PlanDocumentData } from '../../../pdf/plan-document';
import type { RoleTypeValue } from '../../../stages/design/design.content';
import { planYears } from '../../../stages/sustainability/sustainability.content';
import { planPartsValueMessages } from '../../../store/plan-parts.messages';
import { PAY_TYPES, type RoleDesign } from '../../../store/plan-parts.schema';
import {
  PLAN_CURRENCY,
  recurringShareSentence,
  totalsBySource,
  totalsByYear,
} from './budget-model';
import { benefitOptions } from './benefit-options';
import { jobDescription, type PlanState } from './plan-model';
import { budgetOf, communicationOf, evaluationOf, roleDesignOf } from './plan-parts-prefill';
import { budgetMessages, evaluationMessages, planPartsMessages, roleDesignMessages } from './plan-parts.messages';
import { roleWarnings, type RoleCheckInput } from './role-design-checks';
import { timelineEntries } from './timeline-model';

type PartsDocument = Pick<
  PlanDocumentData,
  'budget' | 'timeline' | 'evaluation' | 'communication' | 'roleDesign'
>;

export function roleCheckInput(state: PlanState, design: RoleDesign): RoleCheckInput {
  const roleType = state.steps.design?.roleType;
  return {
    design,
    roleType: roleType ? (roleType as RoleTypeValue) : undefined,
    reportsTo: jobDescription(state).reportsTo,
  };
}

/** The role design as recorded, worded: on screen beside its editor and in print. */
export function roleDesignAnswers(design: RoleDesign): { label: string; value: string }[] {
  const values = messagesOf(planPartsValueMessages);
  const notProvided = messagesOf(planPartsMessages).notProvided;
  const r = messagesOf(roleDesignMessages);
  const orNot = (text: string) => text.trim() || notProvided;
  const count = (n: number | null) => (n === null ? notProvided : formatNumber(n));
  const pay = PAY_TYPES.find((p) => p === design.payType);
  return [
    {
      label: r.protectedPercent,
      value:
        design.protectedPercent === null
          ? notProvided
          : r.percentValue({
              percent: formatNumber(design.protectedPercent / 100, { style: 'percent' }),
            }),
    },
    { label: r.coverage, value: orNot(design.coverage) },
    { label: r.teachersServed, value: count(design.teachersServed) },
    { label: r.schoolsServed, value: count(design.schoolsServed) },
    { label: r.selectionCriteria, value: orNot(design.selectionCriteria) },
    { label: r.payType, value: pay ? values.payTypes[pay] : notProvided },
  ];
}

const three = <T>(values: readonly T[]) => [values[0]!, values[1]!, values[2]!] as [T, T, T];

/**
 * The evaluation plan's indicators as evidence for deciding which elements to sustain (step 5): one line per
 * benefit with an indicator, with its target and review date where the team set them.
 */
export function sustainEvidence(state: PlanState): string[] {
  const t = messagesOf(evaluationMessages);
  const benefits = benefitOptions();
  return evaluationOf(state)
    .filter((row) => row.indicator.trim())
    .map((row) => {
      const benefit = benefits.find((o) => o.value === row.benefit)?.label ?? '';
      const line = benefit ? t.evidenceLine({ benefit, indicator: row.indicator.trim() }) : row.indicator.trim();
      const details = [
        row.target.trim() ? t.evidenceTarget({ target: row.target.trim() }) : '',
        row.reviewDate ? t.evidenceReview({ date: formatDay(row.reviewDate) }) : '',
      ].filter(Boolean);
      return details.length ? `${line} (${details.join('; ')})` : line;
    });
}

export function planPartsDocument(state: PlanState): PartsDocument {
  const values = messagesOf(planPartsValueMessages);
  const b = messagesOf(budgetMessages);

  const lines = budgetOf(state);
  const budget = lines.length
    ? {
        currency: PLAN_CURRENCY,
        yearLabels: three(planYears().map((y) => y.label)),
        lines: lines.map((l) => ({
          item: l.item.trim(),
          categoryLabel: l.category ? values.categories[l.category] : '',
          sourceLabel: l.source ? values.sources[l.source] : '',
          recurrenceLabel: l.recurrence ? values.recurrences[l.recurrence] : '',
          amounts: l.amounts,
        })),
        totalsByYear: totalsByYear(lines),
        totalsBySource: totalsBySource(lines).map((s) => ({
          sourceLabel: s.source ? values.sources[s.source] : b.noSource,
          amounts: s.amounts,
        })),
        recurringShareNote: recurringShareSentence(lines),
      }
    : null;

  const entries = timelineEntries(state.plan);
  const timeline = entries.some((e) => e.kind === 'action' || e.date || e.owner.trim() || e.done)
    ? {
        entries: entries.map(({ kind, label, owner, start, date, statusLabel }) => ({
          kind,
          label,
          owner,
          start,
          date,
          statusLabel,
        })),
      }
    : null;

  const benefits = benefitOptions();
  const design = roleDesignOf(state);
  return {
    budget,
    timeline,
    evaluation: evaluationOf(state).map((row) => ({
      benefit: benefits.find((o) => o.value === row.benefit)?.label ?? '',
      indicator: row.indicator.trim(),
      dataSource: row.dataSource.trim(),
      baseline: row.baseline.trim(),
      target: row.target.trim(),
      reviewDate: row.reviewDate,
    })),
    communication: communicationOf(state).map((row) => ({
      audience: row.audience ? values.audiences[row.audience] : '',
      message: row.message.trim(),
      channel: row.channel.trim(),
      owner: row.owner.trim(),
      when: row.when,
    })),
    roleDesign: {
      answers: roleDesignAnswers(design),
      warnings: roleWarnings(roleCheckInput(state, design)),
    },
  };
}

/** The accepted action row that closes a gap, for the board summary's top gaps. */
export function plannedActionFor(
  state: PlanState,
  gapKey: string,
): { action: string; owner: string; due: string } | undefined {
  const row = state.plan.actions.find((a) => a.gapKey === gapKey);
  return row ? { action: row.action.trim(), owner: row.owner.trim(), due: row.due } : undefined;
}

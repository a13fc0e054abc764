import { InPageLink } from '../../../components/in-page-link';
import { formatNumber } from '../../../i18n/format';
import { useMessages } from '../../../i18n/i18n';
import {
  budgetMessages,
  communicationMessages,
  evaluationMessages,
  roleDesignMessages,
  timelineMessages,
} from './plan-parts.messages';
import { jobDescriptionMessages, planPageMessages } from './plan.messages';
import { planContentsMessages } from './plan-contents.messages';
import { pdPlanRows, type PlanState } from './plan-model';
import { budgetOf, communicationOf, evaluationOf, roleDesignOf } from './plan-parts-prefill';
import { roleCheckInput } from './plan-parts-document';
import { roleWarnings } from './role-design-checks';
import { milestoneRows } from './timeline-model';

/** The id of each part's heading on the plan screen, in the order the screen shows them. */
export const PLAN_PART_HEADINGS = {
  export: 'export-heading',
  actions: 'actions-heading',
  proposals: 'proposals-heading',
  timeline: 'timeline-heading',
  budget: 'budget-heading',
  job: 'job-heading',
  role: 'role-design-heading',
  pd: 'pd-heading',
  sustainability: 'sustain-heading',
  evaluation: 'evaluation-heading',
  communication: 'communication-heading',
} as const;

export interface PlanPartStatus {
  id: string;
  title: string;
  status: string;
}

/** Each part's name and one line on where it stands ("3 of 7 actions have an owner and a due date"). */
export function usePlanPartStatuses(
  state: PlanState,
  counts: { proposals: number; problems: number },
): PlanPartStatus[] {
  const t = useMessages(planContentsMessages);
  const page = useMessages(planPageMessages);
  const job = useMessages(jobDescriptionMessages);
  const headings = {
    timeline: useMessages(timelineMessages).heading,
    budget: useMessages(budgetMessages).heading,
    role: useMessages(roleDesignMessages).heading,
    evaluation: useMessages(evaluationMessages).heading,
    communication: useMessages(communicationMessages).heading,
  };
  const n = formatNumber;
  const { actions } = state.plan;
  const complete = actions.filter((a) => a.owner.trim() && a.due).length;
  const milestones = milestoneRows(state.plan);
  const budget = budgetOf(state).filter(
    (line) => line.item.trim() || line.amounts.some((a) => a !== null),
  );
  const warnings = roleWarnings(roleCheckInput(state, roleDesignOf(state)));
  const evaluation = evaluationOf(state);
  const communication = communicationOf(state).filter((row) => row.message.trim());
  return [
    {
      id: PLAN_PART_HEADINGS.export,
      title: page.exportHeading,
      status: counts.problems ? t.exportProblems(counts.problems) : t.exportReady,
    },
    {
      id: PLAN_PART_HEADINGS.actions,
      title: page.actionsHeading({ count: n(actions.length) }),
      status: actions.length
        ? t.actions({ complete: n(complete), total: n(actions.length) })
        : t.noActions,
    },
    {
      id: PLAN_PART_HEADINGS.proposals,
      title: page.proposalsHeading({ count: n(counts.proposals) }),
      status: counts.proposals ? t.proposals(counts.proposals) : t.noProposals,
    },
    {
      id: PLAN_PART_HEADINGS.timeline,
      title: headings.timeline,
      status: t.milestones({
        dated: n(milestones.filter((m) => m.date).length),
        total: n(milestones.length),
      }),
    },
    {
      id: PLAN_PART_HEADINGS.budget,
      title: headings.budget,
      status: budget.length ? t.budget(budget.length) : t.noBudget,
    },
    {
      id: PLAN_PART_HEADINGS.job,
      title: job.heading,
      status: state.plan.jobDescription ? t.jobEdited : t.jobAssembled,
    },
    {
      id: PLAN_PART_HEADINGS.role,
      title: headings.role,
      status: warnings.length ? t.roleChecks(warnings.length) : t.noRoleChecks,
    },
    {
      id: PLAN_PART_HEADINGS.pd,
      title: page.pdHeading,
      status: t.pdAreas(pdPlanRows(state).length),
    },
    { id: PLAN_PART_HEADINGS.sustainability, title: page.sustainHeading, status: t.sustainability },
    {
      id: PLAN_PART_HEADINGS.evaluation,
      title: headings.evaluation,
      status: evaluation.length
        ? t.evaluation({
            set: n(evaluation.filter((row) => row.target.trim()).length),
            total: n(evaluation.length),
          })
        : t.noEvaluation,
    },
    {
      id: PLAN_PART_HEADINGS.communication,
      title: headings.communication,
      status: communication.length ? t.communication(communication.length) : t.noCommunication,
    },
  ];
}

/**
 * The plan's parts with where each stands. Beside the plan and sticky on a wide screen; on a narrower one a
 * "Jump to" menu that stays at the top while the plan scrolls. Only one of the two is displayed at a time.
 */
export function PlanContents({
  state,
  proposals,
  problems,
}: {
  state: PlanState;
  proposals: number;
  problems: number;
}) {
  const t = useMessages(planContentsMessages);
  const parts = usePlanPartStatuses(state, { proposals, problems });
  const list = (
    <ol className="plan-contents__list">
      {parts.map((part) => (
        <li key={part.id}>
          <InPageLink to={part.id}>{part.title}</InPageLink>
          <span className="plan-contents__status">{part.status}</span>
        </li>
      ))}
    </ol>
  );
  return (
    <>
      <nav className="plan-contents plan-contents--side" aria-label={t.label}>
        <h2 className="plan-contents__title">{t.label}</h2>
        {list}
      </nav>
      <nav className="plan-contents plan-contents--menu" aria-label={t.label}>
        <details className="jump-menu">
          <summary>{t.jumpTo}</summary>
          {list}
        </details>
      </nav>
    </>
  );
}

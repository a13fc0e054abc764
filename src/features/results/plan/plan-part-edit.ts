/**
 * Typing into the plan's new parts: each field has a path ("budget.<row id>.item"), a check that turns the
 * text into the stored value, and a patch for the store. Valid text goes into the part; text that is not
 * valid yet is kept as typed in `partDrafts` (and the part keeps its last valid value), so nothing typed is
 * lost and the saved plan always opens.
 */
import { z } from 'zod';
import type { PlanData, PlanPartsPatch } from '../../../store/plan-slice';
import {
  AUDIENCES,
  BUDGET_CATEGORIES,
  BUDGET_SOURCES,
  EVALUATION_BENEFITS,
  MILESTONE_KEYS,
  PAY_TYPES,
  PLAN_PART_LIMITS as L,
  RECURRENCES,
  amountInput,
  dateInput,
  percentInput,
  schoolsInput,
  teachersInput,
  textInput,
  type MilestoneKey,
} from '../../../store/plan-parts.schema';
import { blankMilestone, milestoneRows } from './timeline-model';
import { budgetOf, communicationOf, evaluationOf, roleDesignOf } from './plan-parts-prefill';
import type { PlanState } from './plan-model';
import { messagesOf } from '../../../i18n/i18n';
import {
  budgetMessages,
  communicationMessages,
  evaluationMessages,
  planPartsMessages,
  roleDesignMessages,
  timelineMessages,
} from './plan-parts.messages';

const choice = <const V extends readonly [string, ...string[]]>(values: V) =>
  z.union([z.enum(values), z.literal('')]);
const flag = z.enum(['true', 'false']).transform((v) => v === 'true');

/** Each part's fields and the check each runs on what is typed. */
export const FIELD_INPUTS = {
  budget: {
    item: textInput(L.item),
    category: choice(BUDGET_CATEGORIES),
    amount0: amountInput,
    amount1: amountInput,
    amount2: amountInput,
    source: choice(BUDGET_SOURCES),
    recurrence: choice(RECURRENCES),
    leaderPosition: flag,
  },
  milestones: { label: textInput(L.label), date: dateInput, owner: textInput(L.owner), done: flag },
  evaluation: {
    benefit: choice(EVALUATION_BENEFITS),
    indicator: textInput(L.shortText),
    dataSource: textInput(L.shortText),
    baseline: textInput(L.shortText),
    target: textInput(L.shortText),
    reviewDate: dateInput,
  },
  communication: {
    audience: choice(AUDIENCES),
    message: textInput(L.longText),
    channel: textInput(L.shortText),
    owner: textInput(L.owner),
    when: dateInput,
  },
  roleDesign: {
    protectedPercent: percentInput,
    coverage: textInput(L.longText),
    teachersServed: teachersInput,
    schoolsServed: schoolsInput,
    selectionCriteria: textInput(L.longText),
    payType: choice(PAY_TYPES),
  },
} as const satisfies Record<string, Record<string, z.ZodType<unknown, string>>>;

export type PartKey = keyof typeof FIELD_INPUTS;
export type FieldOf<P extends PartKey> = keyof (typeof FIELD_INPUTS)[P] & string;

/** The role design is one record, not rows; its fields' paths use this in place of a row id. */
export const ROLE_ROW = 'role';

export const fieldPath = <P extends PartKey>(part: P, rowId: string, field: FieldOf<P>) =>
  `${part}.${rowId}.${field}`;

function splitPath(path: string): { part: PartKey; rowId: string; field: string } | null {
  const [part, rowId, field] = path.split('.');
  if (!part || !rowId || !field || !Object.hasOwn(FIELD_INPUTS, part)) return null;
  if (!Object.hasOwn(FIELD_INPUTS[part as PartKey], field)) return null;
  return { part: part as PartKey, rowId, field };
}

const inputOf = (part: PartKey, field: string) =>
  (FIELD_INPUTS[part] as Record<string, z.ZodType<unknown, string>>)[field]!;

/** What to tell the person about this text in this field, or null when it is fine. */
export function fieldError(path: string, text: string): string | null {
  const where = splitPath(path);
  if (!where) return null;
  const parsed = inputOf(where.part, where.field).safeParse(text);
  return parsed.success ? null : (parsed.error.issues[0]?.message ?? null);
}

/** A stored value as the text its field shows. */
const asText = (value: unknown) => (value === null || value === undefined ? '' : String(value));

/** What a field shows when nothing has been typed in it on this screen: its kept draft, or its stored value. */
export function storedText(state: PlanState, path: string): string {
  const draft = state.plan.partDrafts?.[path];
  if (draft !== undefined) return draft;
  const where = splitPath(path);
  if (!where) return '';
  const { part, rowId, field } = where;
  if (part === 'roleDesign')
    return asText(roleDesignOf(state)[field as keyof ReturnType<typeof roleDesignOf>]);
  const row = rowsOf(state, part).find((r) => r.id === rowId) as
    Record<string, unknown> | undefined;
  if (!row) return '';
  if (part === 'budget' && field.startsWith('amount'))
    return asText((row.amounts as unknown[])[Number(field.slice(6))]);
  return asText(row[field]);
}

type RowPart = Exclude<PartKey, 'roleDesign'>;
type Row = { id: string } & Record<string, unknown>;

function rowsOf(state: PlanState, part: RowPart): Row[] {
  switch (part) {
    case 'budget':
      return budgetOf(state);
    case 'milestones':
      return milestoneRows(state.plan);
    case 'evaluation':
      return evaluationOf(state);
    case 'communication':
      return communicationOf(state);
  }
}

/** The rows a part stores: milestones keep only the ones with something in them, plus the team's own. */
function storedRows(part: RowPart, rows: Row[]): PlanData[RowPart] {
  if (part !== 'milestones') return rows as PlanData[RowPart];
  return rows.filter(
    (m) => m.key === null || m.date || m.owner || m.done,
  ) as PlanData['milestones'];
}

function withoutDraft(state: PlanState, path: string): Record<string, string> {
  const { [path]: _gone, ...rest } = state.plan.partDrafts ?? {};
  return rest;
}

/** The store patch for this text typed in this field (the state is read fresh by the caller). */
export function applyFieldText(state: PlanState, path: string, text: string): PlanPartsPatch {
  const where = splitPath(path);
  if (!where) return {};
  const { part, rowId, field } = where;
  const parsed = inputOf(part, field).safeParse(text);
  if (!parsed.success) {
    return { partDrafts: { ...state.plan.partDrafts, [path]: text.slice(0, L.draftText) } };
  }
  const partDrafts = withoutDraft(state, path);
  if (part === 'roleDesign')
    return { partDrafts, roleDesign: { ...roleDesignOf(state), [field]: parsed.data } };

  let rows = rowsOf(state, part);
  if (!rows.some((r) => r.id === rowId)) {
    // A row removed since the text was typed: nothing to write it to.
    if (part !== 'milestones' || !MILESTONE_KEYS.includes(rowId as MilestoneKey))
      return { partDrafts };
    rows = [...rows, blankMilestone(rowId as MilestoneKey, rowId)];
  }
  const updated = rows.map((row) => {
    if (row.id !== rowId) return row;
    if (part === 'budget' && field.startsWith('amount')) {
      const amounts = [...(row.amounts as (number | null)[])];
      amounts[Number(field.slice(6))] = parsed.data as number | null;
      return { ...row, amounts };
    }
    return { ...row, [field]: parsed.data };
  });
  return { partDrafts, [part]: storedRows(part, updated) };
}

/** Drafts kept for a removed row go with it. */
export function draftsWithoutRow(
  state: PlanState,
  part: PartKey,
  rowId: string,
): Record<string, string> {
  const prefix = `${part}.${rowId}.`;
  return Object.fromEntries(
    Object.entries(state.plan.partDrafts ?? {}).filter(([path]) => !path.startsWith(prefix)),
  );
}

/** Fields whose text is kept but not valid: the plan's export lists them so the PDF never differs from the screen. */
export function invalidPartFields(state: Pick<PlanState, 'plan'>): string[] {
  return Object.entries(state.plan.partDrafts ?? {}).flatMap(([path, text]) =>
    fieldError(path, text) ? [path] : [],
  );
}

const PART_HEADINGS = {
  budget: () => messagesOf(budgetMessages).heading,
  milestones: () => messagesOf(timelineMessages).heading,
  evaluation: () => messagesOf(evaluationMessages).heading,
  communication: () => messagesOf(communicationMessages).heading,
  roleDesign: () => messagesOf(roleDesignMessages).heading,
} satisfies Record<PartKey, () => string>;

/** One line per part holding text that cannot go into the plan yet, for the list shown before export. */
export function partProblems(
  state: Pick<PlanState, 'plan'>,
): { actionId: string; message: string }[] {
  const parts = [...new Set(invalidPartFields(state).map((path) => splitPath(path)!.part))];
  return parts.map((part) => ({
    actionId: `part-${part}`,
    message: messagesOf(planPartsMessages).fixBeforeExport({ part: PART_HEADINGS[part]() }),
  }));
}

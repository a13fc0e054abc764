import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useAutosave } from '../../../components/use-autosave';
import { useAppStore } from '../../../store/app-store';
import { emptyPlan } from '../../../store/plan-slice';
import { applyFieldText, fieldError, storedText } from './plan-part-edit';
import type { PlanState } from './plan-model';

export interface PartFields {
  /** What the field shows: as typed on this screen, else its kept draft, else its stored value. */
  value: (path: string) => string;
  /** What to fix in what was typed, or undefined. */
  error: (path: string) => string | undefined;
  /** Typing: kept after a short pause, or at once when the page is hidden or closed (useAutosave). */
  change: (path: string, text: string) => void;
  /** A choice (select, checkbox): kept at once. */
  commit: (path: string, text: string) => void;
  /** Keep everything typed so far now (before a row is added or removed). */
  flush: () => void;
}

/**
 * The autosave loop of one section of the plan's new parts, like the stages' forms: each field's text is
 * written to the store through applyFieldText, which keeps text that is not valid yet as a draft.
 */
export function usePartFields(state: PlanState): PartFields {
  const [typed, setTyped] = useState<Record<string, string>>({});
  const pending = useRef(new Map<string, string>());
  const listeners = useRef(new Set<() => void>());
  const subscribe = useCallback((onChange: () => void) => {
    listeners.current.add(onChange);
    return { unsubscribe: () => void listeners.current.delete(onChange) };
  }, []);
  const flush = useCallback(() => {
    const { patchPlan } = useAppStore.getState();
    // Each field is applied to the state as it stands after the one before, so none overwrites another.
    for (const [path, text] of pending.current)
      patchPlan(applyFieldText(useAppStore.getState(), path, text));
    pending.current.clear();
  }, []);
  useAutosave(subscribe, flush);

  const change = (path: string, text: string) => {
    setTyped((before) => ({ ...before, [path]: text }));
    pending.current.set(path, text);
    listeners.current.forEach((listener) => listener());
  };
  return {
    value: (path) => typed[path] ?? storedText(state, path),
    error: (path) => {
      const text = typed[path] ?? state.plan.partDrafts?.[path];
      return text === undefined ? undefined : (fieldError(path, text) ?? undefined);
    },
    change,
    commit: (path, text) => {
      change(path, text);
      flush();
    },
    flush,
  };
}

/** Focus an element by id after the render that shows it (a new row's first field, the Add button). */
export function useFocusAfterRender(): (id: string) => void {
  const [target, setTarget] = useState<string | null>(null);
  useEffect(() => {
    if (target === null) return;
    document.getElementById(target)?.focus();
    setTarget(null);
  }, [target]);
  return setTarget;
}

/**
 * The part of the store a plan-part section reads, so typing elsewhere on the plan page (an action row, the
 * job description) does not redraw every section: each re-renders only when its own data or the answers change.
 */
export function usePlanPartsState(): PlanState {
  const picked = useAppStore(
    useShallow((s) => ({
      mode: s.mode,
      profile: s.profile,
      steps: s.steps,
      actions: s.plan.actions,
      jobDescription: s.plan.jobDescription,
      budget: s.plan.budget,
      milestones: s.plan.milestones,
      evaluation: s.plan.evaluation,
      communication: s.plan.communication,
      roleDesign: s.plan.roleDesign,
      partDrafts: s.plan.partDrafts,
    })),
  );
  return useMemo(() => {
    const { mode, profile, steps, ...plan } = picked;
    // The rest of the plan (decision, dismissed gaps, action drafts) is not read by the parts.
    return { mode, profile, steps, plan: { ...emptyPlan(), ...withoutUndefined(plan) } };
  }, [picked]);
}

const withoutUndefined = <T extends object>(value: T): Partial<T> =>
  Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;

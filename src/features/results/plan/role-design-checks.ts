/**
 * Role design as recorded, checked against the rest of the plan: contradictions are spelled out in words,
 * never fixed for the team. The checks draw on step 4 (the kind of position) and step 6 / the job
 * description (the reporting line); the source names time as the barrier most often met.
 */
import { formatNumber } from '../../../i18n/format';
import { messagesOf } from '../../../i18n/i18n';
import type { RoleTypeValue } from '../../../stages/design/design.content';
import type { RoleDesign } from '../../../store/plan-parts.schema';
import { roleDesignMessages } from './plan-parts.messages';

export type RoleWarningCode =
  | 'hybridFullRelease'
  | 'fullTimePartRelease'
  | 'noProtectedTime'
  | 'protectedTimeUndecided'
  | 'noCoverage'
  | 'noReportingLine';

export interface RoleCheckInput {
  design: RoleDesign;
  /** Step 4's answer: hybrid, full-time or traditional; undefined when not answered. */
  roleType: RoleTypeValue | undefined;
  /** The job description's "Reports to", as the plan shows it (edited or assembled from step 6). */
  reportsTo: string;
}

export function roleWarningCodes({
  design,
  roleType,
  reportsTo,
}: RoleCheckInput): RoleWarningCode[] {
  const codes: RoleWarningCode[] = [];
  const percent = design.protectedPercent;
  if (roleType === 'hybrid' && percent === 100) codes.push('hybridFullRelease');
  if (roleType === 'fullTime' && percent !== null && percent < 100)
    codes.push('fullTimePartRelease');
  if (percent === 0) codes.push('noProtectedTime');
  if (percent === null) codes.push('protectedTimeUndecided');
  if (percent !== null && percent > 0 && !design.coverage.trim()) codes.push('noCoverage');
  if (!reportsTo.trim()) codes.push('noReportingLine');
  return codes;
}

/** The warnings in words, in the language on screen. */
export function roleWarnings(input: RoleCheckInput): string[] {
  const t = messagesOf(roleDesignMessages);
  const percent = formatNumber((input.design.protectedPercent ?? 0) / 100, { style: 'percent' });
  return roleWarningCodes(input).map((code) => {
    if (code === 'fullTimePartRelease') return t.fullTimePartRelease({ percent });
    return t.warnings[code];
  });
}

import { messagesOf } from '../../../i18n/i18n';
import { visionContent } from '../../../stages/vision/vision.content';
import { EVALUATION_BENEFITS } from '../../../store/plan-parts.schema';
import { planPartsValueMessages } from '../../../store/plan-parts.messages';

/** Step 2's four benefits, as worded there, and "Other benefit". */
export function benefitOptions(): { value: string; label: string }[] {
  const question = visionContent().questions.find((q) => q.name === 'benefitPriorities');
  const named = question && 'options' in question ? question.options : [];
  return EVALUATION_BENEFITS.map((value) => ({
    value,
    label:
      named.find((o) => o.value === value)?.label ??
      messagesOf(planPartsValueMessages).otherBenefit,
  }));
}

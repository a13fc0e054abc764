import { zodResolver } from '@hookform/resolvers/zod';
import { useCallback, useLayoutEffect, useMemo, useRef } from 'react';
import { FormProvider, get, useForm, type FieldErrors, type FieldValues, type Resolver } from 'react-hook-form';
import type { z } from 'zod';
import { openView } from '../../store/navigation';
import { ErrorSummary, type SummaryError } from '../../components/error-summary';
import { useDocumentTitle } from '../../components/use-document-title';
import { useAutosave } from '../../components/use-autosave';
import { useMessages } from '../../i18n/i18n';
import { STAGE_IDS, stageSchema, stageTitle, stepContent, type StageId, type StepId } from '../../stages/stage-list';
import type { ProfileAnswers } from '../../stages/profile/profile.schema';
import { useAppStore } from '../../store/app-store';
import { initialValues, visibleQuestions } from '../../store/form-values';
import { QuestionField, questionFieldNames } from './question-field';
import { RatingField } from './rating-field';
import { stageHeading } from '../../stages/stage-heading';
import { stageFormMessages } from './stage-form.messages';
import { ScreenHeading } from '../../components/screen-heading';


function summaryErrors(errors: FieldErrors, names: string[]): SummaryError[] {
  return names.flatMap((name) => {
    const message = (get(errors, name) as { message?: string } | undefined)?.message;
    return message ? [{ name, message }] : [];
  });
}

export function StageForm({ stage, headingRef }: { stage: StageId; headingRef: React.RefObject<HTMLHeadingElement | null> }) {
  const mode = useAppStore((s) => s.mode) ?? 'full';
  const level = useAppStore((s) => s.profile?.level);
  const returnToReview = useAppStore((s) => s.view.name === 'stage' && s.view.returnToReview === true);
  const completed = useAppStore((s) => s.completed);
  const { saveProfile, saveStep, saveDraft, discardDraft, goTo } = useAppStore.getState();
  const t = useMessages(stageFormMessages);

  // Read once per stage: the form owns its values from here on, so typing never re-renders the app.
  const defaultValues = useMemo(() => initialValues(stage, useAppStore.getState()), [stage]);
  // The schema is made on the first check, not while the form first draws (a cold-start profile at 4× showed
  // it in the frame that paints the first field; see built() in schema-helpers.ts).
  const resolver = useMemo<Resolver<FieldValues>>(() => {
    let check: Resolver<FieldValues> | undefined;
    return (values, context, options) =>
      (check ??= zodResolver(stageSchema(stage, mode) as z.ZodType<FieldValues, FieldValues>))(values, context, options);
  }, [stage, mode]);
  const form = useForm<FieldValues>({
    resolver,
    defaultValues,
    shouldFocusError: false,
  });
  const { handleSubmit, formState, getValues, watch } = form;

  // Save what is typed as a draft, debounced, and at once when the page is hidden or closed.
  const subscribe = useCallback((onChange: () => void) => watch(onChange), [watch]);
  useAutosave(subscribe, () => saveDraft(stage, getValues()));

  const questions = visibleQuestions(stage, mode, level);
  const items = stage === 'profile' ? [] : stepContent(stage).items;
  const fieldOrder = [
    ...items.flatMap((i) => [`ratings.${i.id}.level`, `ratings.${i.id}.notes`]),
    ...questions.flatMap(questionFieldNames),
  ];
  const errors = formState.isSubmitted ? summaryErrors(formState.errors, fieldOrder) : [];
  const hasErrors = errors.length > 0;

  const summaryRef = useRef<HTMLDivElement>(null);
  // Layout effect: focus must land in the same frame the summary appears, before anything else can take it.
  useLayoutEffect(() => {
    if (hasErrors) summaryRef.current?.focus();
  }, [formState.submitCount, hasErrors]);

  const heading = stageHeading(stage);
  useDocumentTitle(heading.pageTitle, hasErrors);

  const onValid = (values: FieldValues) => {
    if (stage === 'profile') saveProfile(values as ProfileAnswers);
    else saveStep(stage as StepId, values);
    discardDraft(stage);
    const next = STAGE_IDS[STAGE_IDS.indexOf(stage) + 1];
    if (returnToReview || !next) goTo({ name: 'review' });
    else goTo({ name: 'stage', stage: next });
  };

  const previous = STAGE_IDS[STAGE_IDS.indexOf(stage) - 1];
  const goBack = () => {
    saveDraft(stage, getValues());
    if (returnToReview) goTo({ name: 'review' });
    else if (previous) goTo({ name: 'stage', stage: previous });
    else goTo({ name: 'start' });
  };

  return (
    <FormProvider {...form}>
      <ErrorSummary errors={errors} ref={summaryRef} />
      <ScreenHeading headingRef={headingRef} caption={heading.caption}>
        {stageTitle(stage)}
      </ScreenHeading>
      <p className="lead">
        {stage === 'profile' ? t.profileLead : stepContent(stage).purpose}
      </p>
      {stage !== 'profile' ? (
        <p className="present-link">
          <button
            type="button"
            className="link-button"
            onClick={() => openView({ name: 'presentation', step: stage, returnTo: stage })}
          >
            {t.presentStep}
          </button>
        </p>
      ) : null}
      <form noValidate onSubmit={handleSubmit(onValid)} aria-labelledby={undefined}>
        {items.length > 0 ? (
          <section className="form-section" aria-labelledby="ratings-heading">
            <h2 id="ratings-heading" className="section-title">
              {t.ratingsTitle}
            </h2>
            <p className="hint">{t.ratingsHint}</p>
            {items.map((item, index) => (
              <RatingField key={item.id} item={item} index={index} />
            ))}
          </section>
        ) : null}
        {questions.length > 0 ? (
          <section className="form-section" aria-labelledby="questions-heading">
            {stage !== 'profile' ? (
              <h2 id="questions-heading" className="section-title">
                {t.questionsTitle}
              </h2>
            ) : (
              <h2 id="questions-heading" className="visually-hidden">
                {t.profileQuestionsTitle}
              </h2>
            )}
            {questions.map((q) => (
              <QuestionField key={q.name} question={q} />
            ))}
          </section>
        ) : null}
        <div className="button-row">
          <button type="submit" className="button">
            {returnToReview ? t.saveAndReturn : t.saveAndContinue}
          </button>
          <button type="button" className="button button--secondary" onClick={goBack}>
            {t.back}
          </button>
        </div>
        {completed.includes(stage) ? null : (
          <p className="hint">{t.keptAsYouType}</p>
        )}
      </form>
    </FormProvider>
  );
}

import { useDocumentTitle } from '../../../components/use-document-title';
import { interpolate } from '../../../components/interpolate';
import { useMessages } from '../../../i18n/i18n';
import { LEVELS, ratingLabel, NOT_SURE } from '../../../content/levels';
import { sourceTitle, sourceLabel } from '../../../content/sources';
import type { ChoiceOption, Question } from '../../../content/types';
import { profileContent } from '../../../stages/profile/profile.content';
import { stepEntries } from '../../../stages/stage-list';
import { BackLink } from '../back-link';
import { worksheetsMessages } from './worksheets.messages';
import { ScreenHeading } from '../../../components/screen-heading';

/** Room to write: more lines for a paragraph than for a name. */
const LINES: Record<'text' | 'longText' | 'date' | 'evidence', number> = { text: 1, longText: 4, date: 1, evidence: 2 };

function WriteLines({ count }: { count: number }) {
  return (
    <span className="write-lines" aria-hidden="true">
      {Array.from({ length: count }, (_, i) => (
        <span key={i} className="write-lines__line" />
      ))}
    </span>
  );
}

function TickList({ options, instruction }: { options: readonly ChoiceOption[]; instruction: string }) {
  return (
    <>
      <p className="worksheet__instruction">{instruction}</p>
      <ul className="tick-list">
        {options.map((option) => (
          <li key={option.value}>
            <span className="tick-box" aria-hidden="true" />
            <span>
              {option.label}
              {option.hint ? <span className="tick-list__hint"> – {option.hint}</span> : null}
            </span>
          </li>
        ))}
      </ul>
    </>
  );
}

function BlankAnswer({ question }: { question: Question }) {
  const t = useMessages(worksheetsMessages);
  switch (question.kind) {
    case 'text':
    case 'longText':
    case 'date':
      return <WriteLines count={LINES[question.kind]} />;
    case 'radio':
    case 'select':
      return <TickList options={question.options} instruction={t.tickOne} />;
    case 'checkboxes':
      return <TickList options={question.options} instruction={t.tickAll} />;
    case 'grid':
      return (
        <div className="worksheet-grid">
          {question.rows.map((row) => (
            <div key={row.value} className="worksheet-grid__row">
              <p className="worksheet-grid__row-title">{row.label}</p>
              {question.columns.map((column) => (
                <div key={column.name} className="worksheet-grid__cell">
                  <p className="worksheet__label">{column.label}</p>
                  {'options' in column ? (
                    <TickList options={column.options} instruction={t.tickOne} />
                  ) : (
                    <WriteLines count={1} />
                  )}
                </div>
              ))}
            </div>
          ))}
        </div>
      );
  }
}

/** The label of the option a dependent question waits for ("Other"), from the question it depends on. */
function chosenLabel(when: NonNullable<Question['showWhen']>, questions: readonly Question[]): string {
  const parent = questions.find((q) => q.name === when.name);
  const options = parent && 'options' in parent ? parent.options : [];
  return options.find((o) => o.value === when.value)?.label ?? when.value;
}

/**
 * Top of every sheet: which sheet of how many (each sheet starts on a new printed page, and the printed
 * page numbers at the foot count the pages), and lines for who filled it in.
 */
function SheetHeader({ number, total }: { number: number; total: number }) {
  const t = useMessages(worksheetsMessages);
  return (
    <div className="worksheet__header">
      <p className="worksheet__sheet">{t.sheetOf({ number, total })}</p>
      <p className="worksheet__who">
        <span>
          {t.participantLine} <span className="worksheet__blank" aria-hidden="true" />
        </span>{' '}
        <span>
          {t.teamLine} <span className="worksheet__blank" aria-hidden="true" />
        </span>
      </p>
    </div>
  );
}

function BlankQuestion({ question, siblings }: { question: Question; siblings: readonly Question[] }) {
  const t = useMessages(worksheetsMessages);
  return (
    <li className="worksheet__question">
      <p className="worksheet__label">
        {question.label}
        {question.elementaryOnly ? <span className="worksheet__note"> {t.elementaryOnly}</span> : null}
        {question.showWhen ? (
          <span className="worksheet__note"> {t.onlyIfChosen({ option: chosenLabel(question.showWhen, siblings) })}</span>
        ) : null}
      </p>
      {question.hint ? <p className="hint">{question.hint}</p> : null}
      <BlankAnswer question={question} />
    </li>
  );
}

/**
 * Blank paper versions of the profile and all seven steps, built from the same content data as the
 * wizard, so a workshop can carry on when Wi-Fi or laptops fail (issue 6). Print CSS starts each step
 * on a new page and hides the app's header, footer and buttons.
 */
export function WorksheetsPage({ headingRef }: { headingRef: React.RefObject<HTMLHeadingElement | null> }) {
  const t = useMessages(worksheetsMessages);
  useDocumentTitle(t.title);
  // The profile and one sheet per step.
  const sheets = stepEntries().length + 1;

  return (
    <div className="worksheets">
      <div className="worksheets__intro">
        <BackLink screen="worksheets" />
        <ScreenHeading headingRef={headingRef}>
          {t.title}
        </ScreenHeading>
        <p className="lead">{t.lead}</p>
        <div className="button-row">
          <button type="button" className="button" onClick={() => window.print()}>
            {t.print}
          </button>
        </div>
      </div>

      <section className="worksheet" aria-labelledby="worksheet-profile">
        <SheetHeader number={1} total={sheets} />
        <h2 id="worksheet-profile" className="worksheet__title">
          {profileContent().title}
        </h2>
        <p>{profileContent().purpose}</p>
        <ol className="worksheet__questions">
          {profileContent().questions.map((question) => (
            <BlankQuestion key={question.name} question={question} siblings={profileContent().questions} />
          ))}
        </ol>
      </section>

      {stepEntries().map(({ id, content }, index) => (
        <section key={id} className="worksheet" aria-labelledby={`worksheet-${id}`}>
          <SheetHeader number={index + 2} total={sheets} />
          <h2 id={`worksheet-${id}`} className="worksheet__title">
            {t.stepTitle({ number: content.number, title: content.title })}
          </h2>
          {/* Under the title, so the source can never be left alone on a page of its own. */}
          <p className="worksheet__source">{t.source({ source: sourceLabel(content.source) })}</p>
          <p>{content.purpose}</p>
          <h3 className="worksheet__subtitle">{t.rateTitle}</h3>
          <p className="worksheet__instruction">{t.rateInstruction({ notSure: ratingLabel(NOT_SURE) })}</p>
          <ol className="worksheet__items">
            {content.items.map((item) => (
              <li key={item.id} className="worksheet__item">
                <p className="worksheet__statement">{item.statement}</p>
                <ul className="tick-list tick-list--levels">
                  {LEVELS.map((level) => (
                    <li key={level}>
                      <span className="tick-box" aria-hidden="true" />
                      <span>
                        <strong>{ratingLabel(level)}:</strong> {item.descriptors[level]}
                      </span>
                    </li>
                  ))}
                  <li>
                    <span className="tick-box" aria-hidden="true" />
                    <strong>{ratingLabel(NOT_SURE)}</strong>
                  </li>
                </ul>
                <p className="worksheet__label">{t.evidence}</p>
                <WriteLines count={LINES.evidence} />
              </li>
            ))}
          </ol>
          <h3 className="worksheet__subtitle">{t.questionsTitle}</h3>
          <ol className="worksheet__questions">
            {content.questions.map((question) => (
              <BlankQuestion key={question.name} question={question} siblings={content.questions} />
            ))}
          </ol>
        </section>
      ))}
      <p className="source">{interpolate(t.footer, { title: <cite>{sourceTitle()}</cite> })}</p>
    </div>
  );
}

import { useEffect, useId, useRef, useState } from 'react';
import { ConfirmButton } from '../../components/confirm-button';
import { PLAN_FILE_EXTENSION } from '../../store/plan-file-format';
import { useStorageStatus } from '../../store/safe-storage';
import { chooseFile, removeMyAnswers, saveCopy, setMemoryOnly } from '../../store/file-flow';
import { useMessages } from '../../i18n/i18n';
import { dataMenuMessages } from './your-data.messages';
import { answersCodeDialogMessages } from './answers-code.messages';
import { AnswersCodeDialog } from './answers-code-dialog';

/** The header's "Your data" menu: save a copy, open a file, memory-only mode, remove everything. */
export function YourDataMenu() {
  const [open, setOpen] = useState(false);
  const memoryOnly = useStorageStatus((s) => s.memoryOnly);
  const panelId = useId();
  const memoryHintId = useId();
  const root = useRef<HTMLDivElement>(null);
  const toggle = useRef<HTMLButtonElement>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const t = useMessages(dataMenuMessages);
  const codeText = useMessages(answersCodeDialogMessages);
  const [codeOpen, setCodeOpen] = useState(false);

  useEffect(() => {
    if (!open) return;
    const onKey = (event: KeyboardEvent) => {
      // A confirm dialog inside the menu handles its own Escape.
      if (event.key === 'Escape' && !document.querySelector('dialog[open]')) {
        setOpen(false);
        toggle.current?.focus();
      }
    };
    const onPointer = (event: PointerEvent) => {
      const target = event.target as Node;
      if (root.current && !root.current.contains(target) && !document.querySelector('dialog[open]')) setOpen(false);
    };
    document.addEventListener('keydown', onKey);
    document.addEventListener('pointerdown', onPointer);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('pointerdown', onPointer);
    };
  }, [open]);

  return (
    <div className="data-menu" ref={root}>
      <button
        type="button"
        ref={toggle}
        className="button button--small button--secondary"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((o) => !o)}
      >
        {t.toggle} <span aria-hidden="true">{open ? '▴' : '▾'}</span>
      </button>
      <div className="data-menu__panel" id={panelId} hidden={!open}>
        <h2 className="data-menu__title">{t.title}</h2>
        <p className="hint">
          {memoryOnly ? t.memoryOnly : t.savedHere}
        </p>
        <div className="data-menu__item">
          <button
            type="button"
            className="button button--small"
            onClick={() => {
              saveCopy();
              setOpen(false);
            }}
          >
            {t.saveCopy}
          </button>
          <p className="hint">{t.saveCopyHint({ extension: PLAN_FILE_EXTENSION })}</p>
        </div>
        <div className="data-menu__item">
          <button type="button" className="button button--small button--secondary" onClick={() => setCodeOpen(true)}>
            {codeText.open}
          </button>
          <p className="hint">{codeText.openHint}</p>
          <AnswersCodeDialog open={codeOpen} onClose={() => setCodeOpen(false)} />
        </div>
        <div className="data-menu__item">
          <button type="button" className="button button--small button--secondary" onClick={() => fileInput.current?.click()}>
            {t.openFile}
          </button>
          <input
            ref={fileInput}
            type="file"
            accept={`${PLAN_FILE_EXTENSION},application/json`}
            className="visually-hidden"
            tabIndex={-1}
            aria-label={t.fileInputLabel}
            data-testid="open-file-input"
            onChange={(event) => {
              const file = event.currentTarget.files?.[0];
              event.currentTarget.value = '';
              if (file) {
                setOpen(false);
                void chooseFile(file);
              }
            }}
          />
          <p className="hint">{t.openFileHint}</p>
        </div>
        <div className="data-menu__item choice">
          <input
            id={`${panelId}-memory`}
            type="checkbox"
            className="choice__input"
            checked={memoryOnly}
            aria-describedby={memoryHintId}
            onChange={(event) => setMemoryOnly(event.currentTarget.checked)}
          />
          <label className="choice__label" htmlFor={`${panelId}-memory`}>
            {t.dontSave}
          </label>
          <p className="hint data-menu__choice-hint" id={memoryHintId}>
            {t.dontSaveHint}
          </p>
        </div>
        <div className="data-menu__item">
          <ConfirmButton
            label={t.remove}
            question={t.removeQuestion}
            detail={t.removeDetail}
            confirmLabel={t.removeConfirm}
            onConfirm={() => {
              removeMyAnswers();
              setOpen(false);
            }}
            className="button button--small button--warning"
          />
        </div>
      </div>
    </div>
  );
}

import { useState, type Ref } from 'react';
import { useMessages } from '../i18n/i18n';
import { componentMessages } from './components.messages';

interface FilePickerProps {
  id: string;
  label: string;
  hint: string;
  accept: string;
  multiple?: boolean;
  inputRef?: Ref<HTMLInputElement>;
  onFiles: (files: File[]) => void;
}

/**
 * A labelled file input shown as a drop zone with the app's own button, in the language on screen (the
 * browser's "Choose Files / No file chosen" is neither styled nor translated). The real input stays in the
 * page, visually hidden, so the keyboard, screen readers and tests reach it by its label; its focus ring is
 * drawn on the button.
 */
export function FilePicker({ id, label, hint, accept, multiple = false, inputRef, onFiles }: FilePickerProps) {
  const t = useMessages(componentMessages);
  const [dragging, setDragging] = useState(false);
  const hintId = `${id}-hint`;
  return (
    <div
      className={`drop-zone${dragging ? ' drop-zone--active' : ''}`}
      onDragOver={(event) => {
        event.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={(event) => {
        event.preventDefault();
        setDragging(false);
        const files = Array.from(event.dataTransfer.files);
        if (files.length > 0) onFiles(multiple ? files : files.slice(0, 1));
      }}
    >
      <label className="label" htmlFor={id}>
        {label}
      </label>
      <p className="hint" id={hintId}>
        {hint}
      </p>
      <input
        ref={inputRef}
        id={id}
        type="file"
        multiple={multiple}
        accept={accept}
        aria-describedby={hintId}
        className="drop-zone__input"
        onChange={(event) => {
          const files = Array.from(event.currentTarget.files ?? []);
          event.currentTarget.value = '';
          if (files.length > 0) onFiles(files);
        }}
      />
      <div className="drop-zone__actions" aria-hidden="true">
        {/* A second label for the same input: clicking it opens the file chooser. Hidden from screen readers,
            which already hear the input by its first label. */}
        <label htmlFor={id} className="button button--secondary drop-zone__button">
          {multiple ? t.chooseFiles : t.chooseFile}
        </label>
        <span className="drop-zone__or">{multiple ? t.orDropFiles : t.orDropFile}</span>
      </div>
    </div>
  );
}

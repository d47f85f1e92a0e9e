import type { ClipboardEvent, KeyboardEvent } from 'react';
import type { ReportParagraph } from '@kechuang/domain';
import { FigureMark } from './FigureMark';
import { runsFromDom, sameRuns } from './paragraph-runs';

interface Props {
  paragraph: ReportParagraph;
  editable: boolean;
  /** A figure in it changed at the last re-generation. */
  changed: boolean;
  onChange: (paragraph: ReportParagraph) => void;
}

/**
 * One paragraph, editable in place: the text is contentEditable while the figures stay whole (not editable). The
 * edit is read back from the DOM when the paragraph loses focus; the parent then renders it afresh (keyed by text).
 */
export function EditableParagraph({ paragraph, editable, changed, onChange }: Props) {
  const commit = (el: HTMLElement) => {
    const runs = runsFromDom(el, paragraph);
    if (!sameRuns(runs, paragraph.runs)) onChange({ ...paragraph, runs, edited: true });
  };
  // A paragraph stays one paragraph: Enter ends the edit instead of splitting it.
  const onKeyDown = (e: KeyboardEvent<HTMLElement>) => {
    if (e.key === 'Enter') {
      e.preventDefault();
      e.currentTarget.blur();
    }
  };
  // Pasted text comes in as plain text, without another page's formatting.
  const onPaste = (e: ClipboardEvent<HTMLElement>) => {
    e.preventDefault();
    document.execCommand('insertText', false, e.clipboardData.getData('text/plain').replace(/\s*\n\s*/g, ''));
  };
  const classes = ['report-paragraph', changed && 'report-changed', paragraph.edited && 'report-edited'];
  return (
    <p
      className={classes.filter(Boolean).join(' ')}
      data-paragraph={paragraph.id}
      contentEditable={editable}
      suppressContentEditableWarning
      onBlur={editable ? (e) => commit(e.currentTarget) : undefined}
      onKeyDown={editable ? onKeyDown : undefined}
      onPaste={editable ? onPaste : undefined}
    >
      {paragraph.runs.map((run, i) =>
        'text' in run ? run.text : <FigureMark key={`${i}-${run.figure.factKey}`} figure={run.figure} index={i} />,
      )}
    </p>
  );
}

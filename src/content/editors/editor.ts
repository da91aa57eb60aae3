import type { EditorKind } from "../adapter";
import { readTextModel } from "../text-model";

/**
 * How to change text inside one editor library so that the library's own model (Draft's EditorState,
 * Lexical's EditorState, Quill's Delta) updates and undo keeps working: never by writing the DOM, always
 * by selecting the range and letting the browser "type" the replacement (`execCommand('insertText')`),
 * which the editor handles as user input.
 */
export interface EditorBehaviour {
  kind: EditorKind;
  /** Replaces `text.slice(start, end)` with `replacement`; resolves once the editor has taken it. */
  replaceRange(editor: HTMLElement, start: number, end: number, replacement: string): Promise<boolean>;
}

/** A macrotask: lets the editor read the new DOM selection (its `selectionchange` handler) before input. */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Selects `start..end` in a contenteditable editor; false when the text model cannot map it. */
export function selectRange(editor: HTMLElement, start: number, end: number): boolean {
  const range = readTextModel(editor).rangeOf(start, end);
  const selection = editor.ownerDocument.getSelection();
  if (!range || !selection) return false;
  editor.focus({ preventScroll: true });
  selection.removeAllRanges();
  selection.addRange(range);
  return true;
}

/** The shared shape of contenteditable editors: select, optionally wait a task, insert as typed text. */
export function insertingEditor(kind: EditorKind, waitAfterSelect: boolean): EditorBehaviour {
  return {
    kind,
    async replaceRange(editor, start, end, replacement) {
      const before = readTextModel(editor).text;
      if (!selectRange(editor, start, end)) return false;
      if (waitAfterSelect) await nextTask();
      editor.ownerDocument.execCommand("insertText", false, replacement);
      return readTextModel(editor).text !== before;
    },
  };
}

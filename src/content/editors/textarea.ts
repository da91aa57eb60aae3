import type { EditorBehaviour } from "./editor";

/**
 * Textareas: `execCommand('insertText')` keeps the browser's undo stack and fires `input` as typing does,
 * so frameworks that listen to input (React's controlled textareas) see the change.
 */
export const textarea: EditorBehaviour = {
  kind: "textarea",
  async replaceRange(editor, start, end, replacement) {
    if (!(editor instanceof HTMLTextAreaElement)) return false;
    const before = editor.value;
    editor.focus({ preventScroll: true });
    editor.setSelectionRange(start, end);
    if (!editor.ownerDocument.execCommand("insertText", false, replacement)) {
      editor.setRangeText(replacement, start, end, "end");
      editor.dispatchEvent(new InputEvent("input", { bubbles: true, inputType: "insertReplacementText" }));
    }
    return editor.value !== before;
  },
};

import { insertingEditor } from "./editor";

/**
 * Lexical reads the DOM selection in its `selectionchange` listener and handles `beforeinput`
 * (insertText) against its own selection, so it too needs the selection to settle for one task.
 */
export const lexical = insertingEditor("lexical", true);

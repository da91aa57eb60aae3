import { insertingEditor } from "./editor";

/**
 * Draft.js keeps its own selection in EditorState and refreshes it from the DOM on `select` events, which
 * React derives from `selectionchange` (a queued task). Inserting in the same task as selecting would
 * replace Draft's stale selection instead, so wait one macrotask between the two.
 */
export const draft = insertingEditor("draft", true);

import { insertingEditor } from "./editor";

/** A plain contenteditable (the generic fallback, Quill): the browser's own editing applies the insert. */
export const contenteditable = insertingEditor("contenteditable", true);
export const quill = insertingEditor("quill", true);

import type { Site, Surface } from "../core/types";

/** The editor libraries whose behaviour differs when we replace text (see `editors/`). */
export type EditorKind = "draft" | "lexical" | "quill" | "contenteditable" | "textarea";

/** Keys that post: plain Enter (comments, messages; Shift+Enter is a newline) or Ctrl/Cmd+Enter. */
export type KeyboardSubmit = "enter" | "mod-enter";

/**
 * One compose surface of a site, as data: how to find its editor, which library runs that editor, the
 * control that posts it, and the keys that post it. The content core reads only this.
 */
export interface SurfaceSpec {
  surface: Surface;
  /** CSS selector matching the editable element itself. */
  editor: string;
  /** The editor counts as this surface only inside an ancestor matching this selector. */
  within?: string;
  editorKind: EditorKind;
  /** CSS selector of the control that posts it; resolved from a click's event path, never held. */
  submit: string;
  keyboardSubmit: KeyboardSubmit[];
  /** The verb on our gate's buttons ("Post anyway", "Reply anyway"); from the surface when absent. */
  verb?: string;
}

export interface SiteAdapter {
  site: Site;
  /** Hostnames this adapter applies to. */
  hosts: RegExp;
  /** Most specific first: the first surface whose editor (and `within`) matches wins. */
  surfaces: SurfaceSpec[];
}

/** An editor no adapter recognised: still checked and gated, so a site redesign degrades to "still warns". */
export function fallbackSurface(editor: HTMLElement): SurfaceSpec {
  return {
    surface: "unknown",
    editor: "textarea, [contenteditable]",
    editorKind: editor instanceof HTMLTextAreaElement ? "textarea" : "contenteditable",
    submit: "",
    // We cannot tell a message box (Enter sends) from a post box (Enter is a newline), so both keys are
    // held when the text has findings: a risky newline costs one extra dialog, a risky send is caught.
    keyboardSubmit: ["enter", "mod-enter"],
  };
}

/** The surface an editable element belongs to, or undefined when no adapter selector matches it. */
export function surfaceOf(adapter: SiteAdapter | undefined, editor: Element): SurfaceSpec | undefined {
  return adapter?.surfaces.find(
    (spec) => editor.matches(spec.editor) && (!spec.within || editor.closest(spec.within) !== null),
  );
}

/** One selector matching every adapter editor, for the observer's scoped query. */
export function editorSelector(adapter: SiteAdapter | undefined): string {
  return adapter ? [...new Set(adapter.surfaces.map((spec) => spec.editor))].join(",") : "";
}

/** One selector matching every adapter submit control. */
export function submitSelector(adapter: SiteAdapter | undefined): string {
  return adapter ? [...new Set(adapter.surfaces.map((spec) => spec.submit).filter(Boolean))].join(",") : "";
}

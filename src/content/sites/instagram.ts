import type { SiteAdapter } from "../adapter";

/**
 * Instagram (www.instagram.com). Markers from third-party code that targets the live site (see
 * /work/shared/docs/site-markers.md and docs/sites.md). Comments are a `<textarea>` that posts on Enter;
 * the caption and direct messages are contenteditables (Lexical, as elsewhere at Meta) in current
 * builds and textareas in older ones, so each has both. Instagram's controls are `div[role=button]`
 * with a text label and no attribute to match: the one holding text (not an icon) is the submit.
 * Labels are English; a localized page still gets the generic fallback.
 */
const TEXT_BUTTON = '[role="button"]:not(:has(svg))';
/** A DM's "Send" sits beside the message box: a text button whose parent holds the box. */
const MESSAGE_SUBMIT = `:has([aria-label="Message"], textarea[placeholder^="Message"]) > ${TEXT_BUTTON}`;

export const instagram: SiteAdapter = {
  site: "instagram",
  hosts: /(^|\.)instagram\.com$/,
  surfaces: [
    {
      surface: "caption",
      editor: '[aria-label^="Write a caption"][contenteditable="true"]',
      within: '[role="dialog"]',
      editorKind: "lexical",
      submit: `[role="dialog"] ${TEXT_BUTTON}`,
      keyboardSubmit: [],
    },
    {
      surface: "caption",
      editor: 'textarea[aria-label^="Write a caption"]',
      within: '[role="dialog"]',
      editorKind: "textarea",
      submit: `[role="dialog"] ${TEXT_BUTTON}`,
      keyboardSubmit: [],
    },
    {
      surface: "message",
      editor: '[aria-label="Message"][contenteditable="true"]',
      editorKind: "lexical",
      submit: MESSAGE_SUBMIT,
      keyboardSubmit: ["enter"],
    },
    {
      surface: "message",
      editor: 'textarea[aria-label="Message"], textarea[placeholder^="Message"]',
      editorKind: "textarea",
      submit: MESSAGE_SUBMIT,
      keyboardSubmit: ["enter"],
    },
    {
      surface: "comment",
      editor: 'textarea[aria-label^="Add a comment"], form textarea',
      editorKind: "textarea",
      submit: `form ${TEXT_BUTTON}`,
      keyboardSubmit: ["enter"],
    },
  ],
};

import type { SiteAdapter } from "../adapter";

/**
 * Facebook (www/m/web.facebook.com). Every composer is Lexical (`[data-lexical-editor="true"]`); markers
 * from third-party code that targets the live site (Maskbook, snorkel); see
 * /work/shared/docs/site-markers.md and docs/sites.md. Structure first, English labels only as fallback.
 */
const EDITOR = '[data-lexical-editor="true"][contenteditable="true"]';
/** The comment box's submit: the focused composer's "Comment" control (also used for replies). */
const COMMENT_SUBMIT = '#focused-state-composer-submit [role="button"], form [role="button"][aria-label="Comment"]';

export const facebook: SiteAdapter = {
  site: "facebook",
  hosts: /(^|\.)facebook\.com$/,
  surfaces: [
    {
      // Messenger in the browser (/messages/t/…, and the chat windows on every page): Lexical, Enter
      // sends. First, because a chat window may sit inside a dialog or form that other surfaces match.
      // The send control's label is from memory of the live site, unconfirmed; Enter is the main path.
      surface: "message",
      editor: `${EDITOR}[aria-label="Message"], ${EDITOR}[aria-label^="Message "]`,
      editorKind: "lexical",
      submit: '[role="button"][aria-label="Press enter to send"], [role="button"][aria-label="Send"]',
      keyboardSubmit: ["enter"],
    },
    {
      // A Page's reply to a review: the comment box under a recommendation on the Page's reviews tab.
      surface: "review-reply",
      editor: EDITOR,
      within: '[data-pagelet*="Review"], [data-pagelet*="Recommendation"], [aria-label*="review" i]',
      editorKind: "lexical",
      submit: COMMENT_SUBMIT,
      keyboardSubmit: ["enter"],
      verb: "reply",
    },
    {
      surface: "reply",
      editor: `${EDITOR}[aria-label^="Reply"]`,
      within: 'form[role="presentation"]',
      editorKind: "lexical",
      submit: COMMENT_SUBMIT,
      keyboardSubmit: ["enter"],
    },
    {
      surface: "comment",
      editor: EDITOR,
      within: 'form[role="presentation"]',
      editorKind: "lexical",
      submit: COMMENT_SUBMIT,
      keyboardSubmit: ["enter"],
    },
    {
      // The "Create post" dialog. A Page's composer adds a "Next" step before "Post"; it is gated at "Post"
      // while the editor is still in the dialog.
      surface: "post",
      editor: EDITOR,
      within: '[role="dialog"]',
      editorKind: "lexical",
      submit: '[role="dialog"] [role="button"][aria-label="Post"]',
      keyboardSubmit: [],
    },
  ],
};

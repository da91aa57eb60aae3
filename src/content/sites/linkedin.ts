import type { SiteAdapter } from "../adapter";

/**
 * LinkedIn (www.linkedin.com). Markers from third-party code that targets the live site (see
 * /work/shared/docs/site-markers.md and docs/sites.md). The share box, comments and replies are Quill
 * (`.ql-editor`); messaging is a plain contenteditable of `<p>` lines that sends on Enter (the default
 * "Press Enter to send" setting). The new React feed being rolled out uses TipTap/ProseMirror: those
 * surfaces are unconfirmed and fall back to a plain contenteditable's behaviour.
 */
const QUILL = '.ql-editor[contenteditable="true"]';
const TIPTAP = '.tiptap.ProseMirror[contenteditable="true"]';
const COMMENT_SUBMIT =
  'button.comments-comment-box__submit-button--cr, button.comments-comment-box__submit-button, form.comments-comment-box__form button[type="submit"]';

export const linkedin: SiteAdapter = {
  site: "linkedin",
  hosts: /(^|\.)linkedin\.com$/,
  surfaces: [
    {
      surface: "message",
      editor: '.msg-form__contenteditable[contenteditable="true"]',
      editorKind: "contenteditable",
      submit: "button.msg-form__send-button",
      keyboardSubmit: ["enter"],
    },
    {
      // A reply is the same Quill comment box, nested under the comment it answers.
      surface: "reply",
      editor: QUILL,
      within: '.comments-comment-box--reply, [class*="comment-box--reply"]',
      editorKind: "quill",
      submit: COMMENT_SUBMIT,
      keyboardSubmit: [],
    },
    {
      surface: "comment",
      editor: QUILL,
      within: "form.comments-comment-box__form, .comments-comment-box, .comments-comment-texteditor",
      editorKind: "quill",
      submit: COMMENT_SUBMIT,
      keyboardSubmit: [],
    },
    {
      // The "Start a post" dialog.
      surface: "post",
      editor: QUILL,
      within: '.share-creation-state__text-editor, .share-box, [role="dialog"]',
      editorKind: "quill",
      submit: "button.share-actions__primary-action",
      keyboardSubmit: [],
    },
    {
      // The new React feed's comment box (TipTap), rolling out; unconfirmed, see site-markers.md.
      surface: "comment",
      editor: TIPTAP,
      within: '[componentkey*="commentBox"]',
      editorKind: "contenteditable",
      submit: '[componentkey*="commentButtonSection"] button',
      keyboardSubmit: [],
    },
  ],
};

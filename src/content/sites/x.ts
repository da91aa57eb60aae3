import type { SiteAdapter } from "../adapter";

/**
 * X (x.com, twitter.com). Markers from X's shipped web client (RichTextCompose bundle archived in
 * DzikStar/X-SCRAPER) and third-party extensions; see /work/shared/docs/site-markers.md and docs/sites.md.
 * The Draft.js editor is `[data-testid="tweetTextarea_0"]` on every compose surface; the surfaces differ
 * by where it sits. Reply/quote containers are unconfirmed against the live site: a miss only mislabels
 * the surface (the post is still checked and gated as "post").
 */
const EDITOR = '[data-testid="tweetTextarea_0"], [data-testid^="tweetTextarea_"][role="textbox"]';
const SUBMIT = 'button[data-testid="tweetButtonInline"], button[data-testid="tweetButton"]';

export const x: SiteAdapter = {
  site: "x",
  hosts: /(^|\.)(x|twitter)\.com$/,
  surfaces: [
    {
      surface: "quote",
      editor: EDITOR,
      within:
        '[role="dialog"]:has([data-testid="quotedTweet"]), [data-testid="primaryColumn"]:has([data-testid="quotedTweet"])',
      editorKind: "draft",
      submit: SUBMIT,
      keyboardSubmit: ["mod-enter"],
      verb: "post",
    },
    {
      surface: "reply",
      editor: EDITOR,
      within: '[role="dialog"]:has(article[data-testid="tweet"]), [data-testid="cellInnerDiv"]',
      editorKind: "draft",
      submit: SUBMIT,
      keyboardSubmit: ["mod-enter"],
    },
    {
      surface: "post",
      editor: EDITOR,
      editorKind: "draft",
      submit: SUBMIT,
      keyboardSubmit: ["mod-enter"],
    },
    {
      // X Chat (/i/chat/…): a plain textarea; Enter sends, Shift+Enter is a newline (third-party
      // automation, see site-markers.md). The send button exists only while there is text.
      surface: "message",
      editor: 'textarea[data-testid="dm-composer-textarea"]',
      editorKind: "textarea",
      submit: 'button[data-testid="dm-composer-send-button"]',
      keyboardSubmit: ["enter"],
    },
    {
      // Legacy DMs (/messages/…): Draft.js, as the post composer, but plain Enter sends (DMRichTextCompose).
      surface: "message",
      editor: '[data-testid="dmComposerTextInput"]',
      editorKind: "draft",
      submit: 'button[data-testid="dmComposerSendButton"]',
      keyboardSubmit: ["enter"],
    },
  ],
};

import type { Site, Surface } from "../../src/core/types";

/**
 * Every compose surface the browser tests drive, as data: where the fixture page lives, its editor and
 * submit control, the keys that post and the gate's verb. The Chromium suites (compose.test.ts,
 * surfaces.test.ts) run one shared suite over these tables; the Firefox suite picks its cases from them.
 * docs/sites.md lists each surface and points at the test that covers it.
 */
export interface SurfaceCase {
  site: Site;
  surface: Surface;
  /** The label in the test names, when the surface has two editors. */
  variant?: string;
  /** The fixture page (`tests/fixtures/<fixture>`) served at the site's origin. */
  fixture: string;
  url: string;
  /** The site's editor, as the fixture renders it. */
  editor: string;
  /** Playwright selector of the site's control that posts. */
  submit: string;
  /** The keys that post on this surface, if any (Playwright's notation: "Control+Enter"). */
  keyboard?: string;
  /** The gate's buttons read "Edit <verb>" and "<Verb> anyway". */
  verb: string;
  /** A `<textarea>`: highlights are the overlay's marks, not CSS highlights. */
  textarea?: boolean;
}

const X_EDITOR = '[data-testid="tweetTextarea_0"]';
const FB_EDITOR = '[data-lexical-editor="true"]';
const FB_COMMENT_SUBMIT = '#focused-state-composer-submit [role="button"]';
const QUILL = ".ql-editor";

/** X (Draft.js) and Facebook (Lexical) posts, replies and comments: tests/browser/compose.test.ts. */
export const COMPOSE_SURFACES: SurfaceCase[] = [
  {
    site: "x",
    surface: "post",
    fixture: "x.html",
    url: "https://x.com/home",
    editor: X_EDITOR,
    submit: '[data-testid="tweetButtonInline"]',
    keyboard: "Control+Enter",
    verb: "post",
  },
  {
    site: "x",
    surface: "reply",
    fixture: "x.html",
    url: "https://x.com/i/status/1",
    editor: X_EDITOR,
    submit: '[data-testid="tweetButton"]',
    keyboard: "Control+Enter",
    verb: "reply",
  },
  {
    site: "x",
    surface: "quote",
    fixture: "x.html",
    url: "https://x.com/compose/post",
    editor: X_EDITOR,
    submit: '[data-testid="tweetButton"]',
    keyboard: "Control+Enter",
    verb: "post",
  },
  {
    site: "facebook",
    surface: "post",
    fixture: "facebook.html",
    url: "https://www.facebook.com/",
    editor: FB_EDITOR,
    submit: '[role="button"][aria-label="Post"]',
    verb: "post",
  },
  {
    site: "facebook",
    surface: "comment",
    fixture: "facebook.html",
    url: "https://www.facebook.com/permalink/1",
    editor: FB_EDITOR,
    submit: FB_COMMENT_SUBMIT,
    keyboard: "Enter",
    verb: "comment",
  },
  {
    site: "facebook",
    surface: "reply",
    fixture: "facebook.html",
    url: "https://www.facebook.com/permalink/2",
    editor: FB_EDITOR,
    submit: FB_COMMENT_SUBMIT,
    keyboard: "Enter",
    verb: "reply",
  },
  {
    site: "facebook",
    surface: "review-reply",
    fixture: "facebook.html",
    url: "https://www.facebook.com/page/reviews",
    editor: FB_EDITOR,
    submit: FB_COMMENT_SUBMIT,
    keyboard: "Enter",
    verb: "reply",
  },
];

/**
 * The surfaces of issue 6 (LinkedIn, Instagram, X direct messages, Messenger): tests/browser/surfaces.test.ts.
 * Their fixtures take x.com and www.facebook.com too (x-dm.html, messenger.html), hence a second browser.
 */
export const MESSAGE_SURFACES: SurfaceCase[] = [
  {
    site: "linkedin",
    surface: "post",
    fixture: "linkedin.html",
    url: "https://www.linkedin.com/feed/",
    editor: QUILL,
    submit: "button.share-actions__primary-action",
    verb: "post",
  },
  {
    site: "linkedin",
    surface: "comment",
    fixture: "linkedin.html",
    url: "https://www.linkedin.com/feed/update/urn:li:activity:1/",
    editor: QUILL,
    submit: "button.comments-comment-box__submit-button--cr",
    verb: "comment",
  },
  {
    site: "linkedin",
    surface: "reply",
    fixture: "linkedin.html",
    url: "https://www.linkedin.com/feed/update/urn:li:activity:2/",
    editor: QUILL,
    submit: "button.comments-comment-box__submit-button--cr",
    verb: "reply",
  },
  {
    site: "linkedin",
    surface: "message",
    fixture: "linkedin.html",
    url: "https://www.linkedin.com/messaging/thread/1/",
    editor: ".msg-form__contenteditable",
    submit: "button.msg-form__send-button",
    keyboard: "Enter",
    verb: "message",
  },
  {
    site: "instagram",
    surface: "caption",
    fixture: "instagram.html",
    url: "https://www.instagram.com/create/style/",
    editor: '[aria-label="Write a caption..."]',
    submit: '[role="dialog"] [role="button"]:has-text("Share")',
    verb: "post",
  },
  {
    site: "instagram",
    surface: "comment",
    fixture: "instagram.html",
    url: "https://www.instagram.com/p/C0ffee/",
    editor: "textarea",
    submit: 'form [role="button"]:has-text("Post")',
    keyboard: "Enter",
    verb: "comment",
    textarea: true,
  },
  {
    site: "instagram",
    surface: "message",
    variant: "contenteditable",
    fixture: "instagram.html",
    url: "https://www.instagram.com/direct/t/1/",
    editor: '[aria-label="Message"]',
    submit: '[role="button"]:has-text("Send")',
    keyboard: "Enter",
    verb: "message",
  },
  {
    site: "instagram",
    surface: "message",
    variant: "textarea",
    fixture: "instagram.html",
    url: "https://www.instagram.com/direct/t/2/",
    editor: "textarea",
    submit: '[role="button"]:has-text("Send")',
    keyboard: "Enter",
    verb: "message",
    textarea: true,
  },
  {
    site: "x",
    surface: "message",
    variant: "chat textarea",
    fixture: "x-dm.html",
    url: "https://x.com/i/chat/1-2",
    editor: '[data-testid="dm-composer-textarea"]',
    submit: '[data-testid="dm-composer-send-button"]',
    keyboard: "Enter",
    verb: "message",
    textarea: true,
  },
  {
    site: "x",
    surface: "message",
    variant: "legacy Draft.js",
    fixture: "x-dm.html",
    url: "https://x.com/messages/1-2",
    editor: '[data-testid="dmComposerTextInput"]',
    submit: '[data-testid="dmComposerSendButton"]',
    keyboard: "Enter",
    verb: "message",
  },
  {
    site: "facebook",
    surface: "message",
    variant: "Messenger",
    fixture: "messenger.html",
    url: "https://www.facebook.com/messages/t/1",
    editor: '[aria-label="Message"]',
    submit: '[aria-label="Press enter to send"]',
    keyboard: "Enter",
    verb: "message",
  },
];

/** The one case for a site and surface (and variant), for suites that pick a few. */
export function surfaceCase(site: Site, surface: Surface, variant?: string): SurfaceCase {
  const found = [...COMPOSE_SURFACES, ...MESSAGE_SURFACES].find(
    (entry) => entry.site === site && entry.surface === surface && entry.variant === variant,
  );
  if (!found) throw new Error(`no surface case for ${site} ${surface} ${variant ?? ""}`);
  return found;
}

/** Each origin the cases live on, with the fixture page that answers there (one per origin). */
export function fixtureOrigins(cases: SurfaceCase[]): Array<[origin: string, fixture: string]> {
  const origins = new Map<string, string>();
  for (const entry of cases) {
    const origin = new URL(entry.url).origin;
    const known = origins.get(origin);
    if (known && known !== entry.fixture) throw new Error(`${origin} needs both ${known} and ${entry.fixture}`);
    origins.set(origin, entry.fixture);
  }
  return [...origins];
}

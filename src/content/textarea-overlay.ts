import type { Severity } from "../core/types";

/**
 * Highlights for a `<textarea>`, whose text has no DOM ranges for the CSS Custom Highlight API: a mirror
 * of the textarea (same font, padding, border, wrapping and scroll offset) laid over it, transparent
 * text with coloured marks at the risky spans. It lives in a CLOSED shadow root on its own fixed host,
 * ignores the pointer, and never touches the page's DOM or the textarea. It follows the textarea on
 * scrolling (its own and the page's), resizing, font and style changes, re-measuring once per frame, and
 * hides its marks while the text differs from the text they were computed for: never stale, never
 * misplaced. A stale or misplaced highlight is the known weak point of such overlays in other tools.
 */
export interface OverlaySpan {
  start: number;
  end: number;
  severity: Severity;
}

/** Longer texts get the badge and the gate but no overlay: laying out a huge mirror would stall typing. */
const MAX_OVERLAY_CHARS = 20_000;

/** Computed properties that decide where the textarea's glyphs fall. */
const COPIED = [
  "direction",
  "font-family",
  "font-size",
  "font-style",
  "font-variant",
  "font-weight",
  "font-stretch",
  "font-kerning",
  "font-feature-settings",
  "font-variation-settings",
  "letter-spacing",
  "word-spacing",
  "line-height",
  "text-align",
  "text-indent",
  "text-transform",
  "text-rendering",
  "tab-size",
  "white-space",
  "overflow-wrap",
  "word-break",
  "hyphens",
  "padding-top",
  "padding-right",
  "padding-bottom",
  "padding-left",
] as const;

const RANK: Record<Severity, number> = { low: 1, medium: 2, high: 3 };
const COLOR: Record<Severity, string> = { high: "220,38,38", medium: "217,119,6", low: "2,132,199" };
const STYLE = `.box{position:fixed;box-sizing:border-box;border-style:solid;border-color:transparent;overflow:hidden;pointer-events:none;margin:0}.text{box-sizing:border-box;margin:0;border:0;color:transparent;overflow:visible;transform-origin:0 0}${(
  Object.keys(COLOR) as Severity[]
)
  .map(
    (severity) =>
      `.${severity}{color:transparent;background:rgba(${COLOR[severity]},.22);text-decoration:underline wavy rgb(${COLOR[severity]});text-decoration-skip-ink:none}`,
  )
  .join("")}`;

class TextareaOverlay {
  readonly #textarea: HTMLTextAreaElement;
  readonly #host = document.createElement("safe-harbor-overlay");
  readonly #box = document.createElement("div");
  readonly #text = document.createElement("div");
  readonly #controller = new AbortController();
  #painted = "";
  #spans: OverlaySpan[] = [];
  #shown = "";
  #frame = 0;

  constructor(textarea: HTMLTextAreaElement) {
    this.#textarea = textarea;
    this.#host.style.cssText =
      "all:initial;position:fixed;top:0;left:0;width:0;height:0;pointer-events:none;z-index:2147483646";
    const root = this.#host.attachShadow({ mode: "closed" });
    const style = document.createElement("style");
    style.textContent = STYLE;
    this.#box.className = "box";
    this.#text.className = "text";
    this.#box.append(this.#text);
    root.append(style, this.#box);
    document.documentElement.append(this.#host);

    const signal = this.#controller.signal;
    const follow = () => this.#schedule();
    // Scroll events do not bubble, but a capturing listener on window sees every element's scroll.
    addEventListener("scroll", follow, { capture: true, passive: true, signal });
    addEventListener("resize", follow, { passive: true, signal });
    textarea.addEventListener("input", follow, { signal });
    const resized = new ResizeObserver(follow);
    resized.observe(textarea);
    // Font size and theme switches arrive as class/style changes on the textarea or the root elements.
    const restyled = new MutationObserver(follow);
    for (const element of [textarea, document.documentElement, document.body]) {
      if (element) restyled.observe(element, { attributes: true, attributeFilter: ["class", "style"] });
    }
    document.fonts?.addEventListener("loadingdone", follow, { signal });
    signal.addEventListener("abort", () => {
      resized.disconnect();
      restyled.disconnect();
      cancelAnimationFrame(this.#frame);
      this.#host.remove();
    });
  }

  /** Marks `spans` of `text` (the text they were computed for). */
  paint(text: string, spans: OverlaySpan[]): void {
    this.#painted = text;
    this.#spans = spans;
    this.#sync();
  }

  remove(): void {
    this.#controller.abort();
  }

  #schedule(): void {
    cancelAnimationFrame(this.#frame);
    this.#frame = requestAnimationFrame(() => this.#sync());
  }

  #sync(): void {
    const textarea = this.#textarea;
    const value = textarea.value;
    const rect = textarea.getBoundingClientRect();
    const visible =
      textarea.isConnected &&
      rect.width > 0 &&
      value === this.#painted &&
      value.length <= MAX_OVERLAY_CHARS &&
      this.#spans.length > 0;
    this.#box.hidden = !visible;
    if (!visible) return;
    const computed = getComputedStyle(textarea);
    const box = this.#box.style;
    box.top = `${rect.top}px`;
    box.left = `${rect.left}px`;
    box.width = `${rect.width}px`;
    box.height = `${rect.height}px`;
    for (const side of ["top", "right", "bottom", "left"]) {
      box.setProperty(`border-${side}-width`, computed.getPropertyValue(`border-${side}-width`));
    }
    const text = this.#text.style;
    for (const property of COPIED) text.setProperty(property, computed.getPropertyValue(property));
    // clientWidth excludes the scrollbar, which narrows the textarea's wrapping width.
    text.width = `${textarea.clientWidth}px`;
    text.minHeight = `${textarea.clientHeight}px`;
    text.transform = `translate(${-textarea.scrollLeft}px,${-textarea.scrollTop}px)`;
    this.#renderText(value);
  }

  /** Rebuilds the mirror's text only when the text or the spans changed. */
  #renderText(value: string): void {
    const key = `${this.#spans.map((span) => `${span.start}-${span.end}${span.severity}`).join()}\u0000${value}`;
    if (key === this.#shown) return;
    this.#shown = key;
    const nodes: Node[] = [];
    let at = 0;
    for (const { start, end, severity } of segments(this.#spans, value.length)) {
      if (start > at) nodes.push(document.createTextNode(value.slice(at, start)));
      const mark = document.createElement("mark");
      mark.className = severity;
      mark.textContent = value.slice(start, end);
      nodes.push(mark);
      at = end;
    }
    // A trailing newline makes a last (empty) line in a textarea; in a div it needs a character after it.
    nodes.push(document.createTextNode(`${value.slice(at)} `));
    this.#text.replaceChildren(...nodes);
  }
}

/** Overlapping spans cut into disjoint pieces, each marked with the highest severity covering it. */
function segments(spans: OverlaySpan[], length: number): OverlaySpan[] {
  const cuts = [
    ...new Set(spans.flatMap((span) => [span.start, span.end]).filter((cut) => cut >= 0 && cut <= length)),
  ].sort((a, b) => a - b);
  const pieces: OverlaySpan[] = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const start = cuts[i] as number;
    const end = cuts[i + 1] as number;
    const covering = spans.filter((span) => span.start <= start && span.end >= end);
    if (covering.length === 0) continue;
    const severity = covering.reduce<Severity>(
      (worst, span) => (RANK[span.severity] > RANK[worst] ? span.severity : worst),
      "low",
    );
    const previous = pieces.at(-1);
    if (previous && previous.end === start && previous.severity === severity) previous.end = end;
    else pieces.push({ start, end, severity });
  }
  return pieces;
}

const overlays = new Map<object, TextareaOverlay>();

/** Shows `owner`'s marks over `textarea`; `text` is the text the spans' offsets refer to. */
export function paintTextareaOverlay(
  owner: object,
  textarea: HTMLTextAreaElement,
  text: string,
  spans: OverlaySpan[],
): void {
  let overlay = overlays.get(owner);
  if (!overlay) {
    overlay = new TextareaOverlay(textarea);
    overlays.set(owner, overlay);
  }
  overlay.paint(text, spans);
}

export function clearTextareaOverlay(owner: object): void {
  overlays.get(owner)?.remove();
  overlays.delete(owner);
}

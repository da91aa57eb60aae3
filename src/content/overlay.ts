import type { Severity } from "../core/types";

/**
 * Marks over an editor, drawn in a CLOSED shadow root on our own fixed-position host that ignores the
 * pointer: nothing of what we found is in page-visible state (no `CSS.highlights` registry, no attribute,
 * no text in the page's DOM), and neither the editor's DOM nor the page's is touched beyond appending the
 * host. How marks are drawn depends on the editor (`DrawMarks`: textarea-overlay.ts,
 * contenteditable-overlay.ts); this module keeps them in place. It follows the editor on scrolling (any
 * element's, and the page's), resizing, input, DOM and style changes, re-measuring at most once per frame;
 * it clips the marks where the browser clips the editor's text; and it hides them while the editor's text
 * differs from the text they were computed for: never stale, never misplaced.
 */
export interface OverlaySpan {
  start: number;
  end: number;
  severity: Severity;
}

/** A rectangle in viewport pixels. */
export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/**
 * Draws `pieces` (disjoint, one severity each) of `text` into `layer`, whose top-left corner is at
 * `origin` in the viewport. Returns false, drawing nothing new, when the editor's text is no longer `text`.
 */
export type DrawMarks = (layer: HTMLElement, text: string, pieces: OverlaySpan[], origin: Box) => boolean;

/** Longer texts get the badge and the gate but no marks: laying out a huge text every frame would stall typing. */
const MAX_MARKED_CHARS = 20_000;

const RANK: Record<Severity, number> = { low: 1, medium: 2, high: 3 };

// Each mark: a translucent background and a wavy underline in its severity's colour. The wave is two rows
// of half rings (radial gradients), so it needs no text to underline, no image and no font.
const STYLE = `.box{position:fixed;overflow:hidden}.box>mark{position:absolute}.text{box-sizing:border-box;color:#0000}mark{color:#0000;--w:#0000 1.4px,rgb(var(--c)) 1.6px 2.4px,#0000 2.6px;background:radial-gradient(circle at 2px 0,var(--w)) 0 100%/8px 3px repeat-x,radial-gradient(circle at 2px 100%,var(--w)) 4px calc(100% - 3px)/8px 3px repeat-x,rgba(var(--c),.22)}.high{--c:220,38,38}.medium{--c:217,119,6}.low{--c:2,132,199}`;

export class Overlay {
  readonly #editor: HTMLElement;
  readonly #draw: DrawMarks;
  readonly #host = document.createElement("safe-harbor-overlay");
  readonly #box = document.createElement("div");
  readonly #controller = new AbortController();
  #text = "";
  #pieces: OverlaySpan[] = [];
  #frame = 0;

  constructor(editor: HTMLElement, draw: DrawMarks) {
    this.#editor = editor;
    this.#draw = draw;
    this.#host.style.cssText =
      "all:initial;position:fixed;top:0;left:0;width:0;height:0;pointer-events:none;z-index:2147483646";
    const root = this.#host.attachShadow({ mode: "closed" });
    const style = document.createElement("style");
    style.textContent = STYLE;
    this.#box.className = "box";
    root.append(style, this.#box);
    document.documentElement.append(this.#host);

    const signal = this.#controller.signal;
    const follow = () => this.#schedule();
    // An edit hides the marks at once, before the frame is drawn, even when the editor changes its DOM
    // from inside an animation frame; the next frame shows them again if the text is still theirs.
    const edited = () => {
      this.#box.hidden = true;
      this.#schedule();
    };
    // Scroll events do not bubble, but a capturing listener on window sees every element's scroll.
    addEventListener("scroll", follow, { capture: true, passive: true, signal });
    addEventListener("resize", follow, { passive: true, signal });
    // A textarea's value changes without a DOM mutation; an editor that applies input through its own
    // model (Draft.js on paste) changes its DOM without an input event.
    editor.addEventListener("input", edited, { signal });
    const typed = new MutationObserver(edited);
    typed.observe(editor, { childList: true, characterData: true, subtree: true });
    // The editor moves or is clipped anew when a box around it changes size (a dialog grows, a scrolling
    // container shrinks) as well as when it does.
    const resized = new ResizeObserver(follow);
    for (let at: Element | null = editor; at; at = at.parentElement) resized.observe(at);
    // Font size and theme switches arrive as class/style changes on the editor or the root elements.
    const restyled = new MutationObserver(follow);
    for (const element of [editor, document.documentElement, document.body]) {
      if (element) restyled.observe(element, { attributes: true, attributeFilter: ["class", "style"] });
    }
    document.fonts?.addEventListener("loadingdone", follow, { signal });
    signal.addEventListener("abort", () => {
      typed.disconnect();
      resized.disconnect();
      restyled.disconnect();
      cancelAnimationFrame(this.#frame);
      this.#host.remove();
    });
  }

  /** Marks `spans` of `text` (the text they were computed for). */
  paint(text: string, spans: OverlaySpan[]): void {
    this.#text = text;
    this.#pieces = text.length <= MAX_MARKED_CHARS ? segments(spans, text.length) : [];
    this.#sync();
  }

  remove(): void {
    this.#controller.abort();
  }

  #schedule(): void {
    this.#frame ||= requestAnimationFrame(() => {
      this.#frame = 0;
      this.#sync();
    });
  }

  #sync(): void {
    const clip = this.#pieces.length > 0 && this.#editor.isConnected ? visibleBox(this.#editor) : undefined;
    const shown = clip !== undefined && this.#draw(this.#box, this.#text, this.#pieces, clip);
    this.#box.hidden = !shown;
    if (!clip) return;
    const box = this.#box.style;
    box.left = `${clip.left}px`;
    box.top = `${clip.top}px`;
    box.width = `${clip.right - clip.left}px`;
    box.height = `${clip.bottom - clip.top}px`;
  }
}

/**
 * Where the browser lets `element`'s content show: the viewport, cut to the padding box (scrollbars
 * excluded) of `element` and of each ancestor that clips its overflow. An editor that scrolls inside
 * itself or inside a scrolling dialog shows no mark over text scrolled out of sight. Undefined when none
 * of it shows.
 */
function visibleBox(element: Element): Box | undefined {
  const box: Box = { left: 0, top: 0, right: innerWidth, bottom: innerHeight };
  // The root elements' overflow is the viewport's, already the starting box.
  for (let at: Element | null = element; at && at !== document.body; at = at.parentElement) {
    if (getComputedStyle(at).overflow === "visible") continue;
    const rect = at.getBoundingClientRect();
    const left = rect.left + at.clientLeft;
    const top = rect.top + at.clientTop;
    box.left = Math.max(box.left, left);
    box.top = Math.max(box.top, top);
    box.right = Math.min(box.right, left + at.clientWidth);
    box.bottom = Math.min(box.bottom, top + at.clientHeight);
  }
  return box.right > box.left && box.bottom > box.top ? box : undefined;
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

import type { Site } from "../core/types";
import type { ContentResponses, GateDecision } from "../shared/protocol";
import { editorSelector, fallbackSurface, type SiteAdapter, surfaceOf } from "./adapter";
import { Composer, type ComposerHost } from "./composer";

/**
 * One page view: finds compose boxes and attaches a Composer to each. Adapter editors are found by a
 * MutationObserver that looks only inside added subtrees (no whole-page rescans, no polling); any other
 * editable the user focuses or types in gets the generic fallback. Composers whose editor leaves the DOM
 * (single-page navigation, re-rendered composers) are detached.
 */
export class PageView implements ComposerHost {
  readonly composers = new Map<HTMLElement, Composer>();
  readonly controller = new AbortController();
  siteEnabled = true;
  #lastActive: Composer | undefined;
  readonly #editors: string;

  constructor(
    readonly site: Site,
    readonly adapter: SiteAdapter | undefined,
  ) {
    this.#editors = editorSelector(adapter);
  }

  start(): void {
    const signal = this.controller.signal;
    const observer = new MutationObserver((records) => this.#onMutations(records));
    observer.observe(document.documentElement, { childList: true, subtree: true });
    signal.addEventListener("abort", () => observer.disconnect());
    const onActivity = (event: Event) => {
      const editor = editableRoot(event.composedPath()[0] ?? null);
      if (editor) this.#lastActive = this.attach(editor);
    };
    document.addEventListener("focusin", onActivity, { capture: true, signal });
    document.addEventListener("input", onActivity, { capture: true, signal });
    if (this.#editors) for (const editor of document.querySelectorAll<HTMLElement>(this.#editors)) this.attach(editor);
  }

  stop(): void {
    this.controller.abort();
    for (const composer of this.composers.values()) composer.detach();
    this.composers.clear();
  }

  onGateDecision(gate: GateDecision): void {
    if (gate.siteEnabled === this.siteEnabled) return;
    this.siteEnabled = gate.siteEnabled;
    for (const composer of this.composers.values()) composer.paint();
  }

  attach(editor: HTMLElement): Composer {
    const existing = this.composers.get(editor);
    if (existing) return existing;
    const spec = surfaceOf(this.adapter, editor);
    const composer = new Composer(editor, spec ?? fallbackSurface(editor), spec === undefined, this);
    this.composers.set(editor, composer);
    return composer;
  }

  /** The composer whose editor is, or contains, `target`. */
  composerAt(target: Node): Composer | undefined {
    for (const composer of this.composers.values()) if (composer.editor.contains(target)) return composer;
    return undefined;
  }

  /** The composer nearest to a submit control: the first one inside the control's closest ancestor. */
  composerNear(control: Element): Composer | undefined {
    for (let ancestor = control.parentElement; ancestor; ancestor = ancestor.parentElement) {
      for (const composer of this.composers.values()) if (ancestor.contains(composer.editor)) return composer;
    }
    return undefined;
  }

  status(): ContentResponses["status"] {
    const composer = this.#lastActive?.editor.isConnected ? this.#lastActive : undefined;
    const findings = composer?.visibleFindings();
    return {
      site: this.site,
      enabled: this.siteEnabled,
      fallback: composer?.fallback ?? this.adapter === undefined,
      ...(composer?.latest ? { verdict: composer.latest.result.verdict, findings: findings?.length ?? 0 } : {}),
    };
  }

  #onMutations(records: MutationRecord[]): void {
    let removed = false;
    for (const record of records) {
      if (record.removedNodes.length > 0) removed = true;
      if (!this.#editors) continue;
      for (const node of record.addedNodes) {
        if (!(node instanceof HTMLElement)) continue;
        if (node.matches(this.#editors)) this.attach(node);
        for (const editor of node.querySelectorAll<HTMLElement>(this.#editors)) this.attach(editor);
      }
    }
    if (!removed) return;
    for (const [editor, composer] of this.composers) {
      if (editor.isConnected) continue;
      composer.detach();
      this.composers.delete(editor);
    }
  }
}

/** The editable element an event came from: a textarea, or the outermost contenteditable around it. */
function editableRoot(target: EventTarget | null): HTMLElement | undefined {
  if (target instanceof HTMLTextAreaElement) return target;
  if (!(target instanceof HTMLElement) || !target.isContentEditable) return undefined;
  let root = target;
  while (root.parentElement?.isContentEditable) root = root.parentElement;
  return root;
}

import type { CheckResult, Finding, Severity, Site } from "../core/types";
import type { AuditDecision, GateDecision } from "../shared/protocol";
import { render } from "../ui/dom";
import { findingsPanel, type PanelFinding } from "../ui/findings-panel";
import { createShadowHost, matchTheme, type ShadowHost } from "../ui/shadow-host";
import { type BadgeState, statusBadge } from "../ui/status-badge";
import type { SurfaceSpec } from "./adapter";
import { editorBehaviour } from "./editors";
import { clearHighlights, paintHighlights } from "./highlights";
import { ask, tell, WorkerUnavailable } from "./messenger";
import { readTextModel } from "./text-model";

/** Typing pauses shorter than this do not start a check; long enough to skip most keystrokes. */
const DEBOUNCE_MS = 90;

/** The worker's answer for one exact text. */
export interface Answer {
  text: string;
  result: CheckResult;
  gate: GateDecision;
}

/** What a composer needs from its page view. */
export interface ComposerHost {
  site: Site;
  /** Policy may switch the extension off on this site: then we show and stop nothing. */
  siteEnabled: boolean;
  onGateDecision(gate: GateDecision): void;
}

/**
 * One attached compose box: checks its text while the user types (debounced, stale answers dropped),
 * paints highlights, shows the badge and the findings panel, and applies fixes through the editor.
 * Everything it registers dies with its AbortController.
 */
export class Composer {
  readonly controller = new AbortController();
  latest: Answer | undefined;
  state: "idle" | "checking" | "unavailable" | "result" = "idle";
  // `#private` members: the minifier shortens them (the content script has a 30 kB budget).
  #revision = 0;
  #timer: ReturnType<typeof setTimeout> | undefined;
  readonly #ignored = new Set<string>();
  #panelOpen = false;
  #ui: ShadowHost | undefined;
  #frame = 0;
  readonly #host: ComposerHost;

  constructor(
    readonly editor: HTMLElement,
    readonly spec: SurfaceSpec,
    readonly fallback: boolean,
    host: ComposerHost,
  ) {
    this.#host = host;
    const signal = this.controller.signal;
    // Editors that apply input through their own model (Draft.js on paste or insertText) preventDefault
    // the native edit, so no `input` event fires: watch the editor's DOM for any change instead.
    if (editor instanceof HTMLTextAreaElement) editor.addEventListener("input", () => this.scheduleCheck(), { signal });
    else {
      const observer = new MutationObserver(() => this.scheduleCheck());
      observer.observe(editor, { childList: true, characterData: true, subtree: true });
      signal.addEventListener("abort", () => observer.disconnect());
    }
    // Late-loading editors (and pages restored from history) may already hold text.
    if (this.currentText().trim() !== "") this.scheduleCheck();
  }

  currentText(): string {
    return readTextModel(this.editor).text;
  }

  scheduleCheck(): void {
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => this.#checkWhileTyping(0), DEBOUNCE_MS);
  }

  /** A worker that is starting or restarting may miss a message: ask again twice, backing off, then stay "unavailable". */
  #checkWhileTyping(attempt: number): void {
    // Editors re-render without changing the text (focus, selection): nothing new to ask then.
    if (this.state === "result" && this.latest?.text === this.currentText()) return;
    this.check(3_000).catch(() => {
      if (attempt < 2) this.#timer = setTimeout(() => this.#checkWhileTyping(attempt + 1), 500 * (attempt + 1));
    });
  }

  /**
   * Checks the current text. Resolves with the answer, or undefined when newer text overtook it (its
   * answer is dropped); rejects with WorkerUnavailable when the worker does not answer in time.
   */
  async check(timeoutMs = 2_000): Promise<Answer | undefined> {
    clearTimeout(this.#timer);
    const text = this.currentText();
    const revision = ++this.#revision;
    if (text.trim() === "") {
      this.latest = undefined;
      this.state = "idle";
      this.paint();
      return undefined;
    }
    try {
      const answer = await ask<"check">(
        { type: "check", text, site: this.#host.site, surface: this.spec.surface, revision },
        timeoutMs,
      );
      if (answer.revision !== this.#revision || this.controller.signal.aborted) return undefined;
      this.latest = { text, result: answer.result, gate: answer.gate };
      this.state = "result";
      this.#host.onGateDecision(answer.gate);
      this.paint();
      return this.latest;
    } catch (error) {
      if (revision === this.#revision && !this.controller.signal.aborted) {
        this.state = "unavailable";
        this.paint();
      }
      throw error instanceof WorkerUnavailable ? error : new WorkerUnavailable(String(error));
    }
  }

  /** An answer for exactly the text in the editor now, asking again if the text moved on meanwhile. */
  async freshAnswer(timeoutMs: number): Promise<Answer | undefined> {
    for (let attempt = 0; attempt < 3; attempt++) {
      const text = this.currentText();
      if (text.trim() === "") return undefined;
      if (this.latest?.text === text) return this.latest;
      const answer = await this.check(timeoutMs);
      if (answer && answer.text === this.currentText()) return answer;
    }
    throw new WorkerUnavailable("the text kept changing");
  }

  /** Findings the user has not dismissed with "Ignore once". */
  visibleFindings(): Finding[] {
    const answer = this.latest;
    if (!answer) return [];
    return answer.result.findings.filter((finding) => !this.#ignored.has(ignoreKey(finding, answer.text)));
  }

  /**
   * The findings that stop a post at the gate: medium and high ones. "Ignore once" dismisses a finding
   * unless policy blocks, or asks for a reason for a high one (ignoring must not skip the reason).
   */
  gatingFindings(answer: Answer): Finding[] {
    const { action, reasonRequired } = answer.gate;
    return answer.result.findings.filter(
      (finding) =>
        finding.severity !== "low" &&
        (action === "block" ||
          (reasonRequired && finding.severity === "high") ||
          !this.#ignored.has(ignoreKey(finding, answer.text))),
    );
  }

  audit(decision: AuditDecision, findings: Finding[], reason?: string): void {
    const severity = findings.reduce<Severity>(
      (worst, finding) => (rank(finding.severity) > rank(worst) ? finding.severity : worst),
      "low",
    );
    tell<"audit">({
      type: "audit",
      event: {
        site: this.#host.site,
        surface: this.spec.surface,
        rules: [...new Set(findings.map((finding) => finding.rule))],
        categories: [...new Set(findings.map((finding) => finding.category))],
        severity,
        decision,
        ...(reason ? { reason } : {}),
      },
    });
  }

  /** Applies fixes (highest offset first, so earlier offsets stay valid) through the editor's own input. */
  async fix(findings: Finding[]): Promise<void> {
    const answer = await this.freshAnswer(2_000).catch(() => undefined);
    if (!answer) return;
    const wanted = new Set(findings.map((finding) => ignoreKey(finding, answer.text)));
    const current = answer.result.findings
      .filter((finding) => wanted.has(ignoreKey(finding, answer.text)) && replacementFor(finding, answer) !== undefined)
      .sort((a, b) => (b.start ?? 0) - (a.start ?? 0));
    const behaviour = editorBehaviour(this.spec.editorKind);
    const applied: Finding[] = [];
    let lastStart = Number.POSITIVE_INFINITY;
    for (const finding of current) {
      const { start = 0, end = 0 } = finding;
      if (end > lastStart) continue; // overlaps a span already replaced
      const replacement = replacementFor(finding, answer) as string;
      if (await behaviour.replaceRange(this.editor, start, end, replacement)) {
        applied.push(finding);
        lastStart = start;
      }
    }
    if (applied.length > 0) this.audit("fixed", applied);
    this.#panelOpen = false;
    this.scheduleCheck();
  }

  ignore(finding: Finding): void {
    if (!this.latest) return;
    this.#ignored.add(ignoreKey(finding, this.latest.text));
    this.audit("ignored", [finding]);
    this.paint();
  }

  detach(): void {
    this.controller.abort();
    clearTimeout(this.#timer);
    cancelAnimationFrame(this.#frame);
    clearHighlights(this);
    this.#ui?.remove();
    this.#ui = undefined;
  }

  /** Highlights, badge and panel for the latest state. */
  paint(): void {
    if (this.controller.signal.aborted) return;
    const answer = this.latest;
    if (!this.#host.siteEnabled || this.state === "idle") {
      clearHighlights(this);
      this.#removeUi();
      return;
    }
    // Marks show only while the editor holds exactly the text the findings' offsets refer to.
    if (answer) paintHighlights(this, this.editor, answer.text, this.visibleFindings());
    this.#renderUi();
  }

  #badgeState(): BadgeState {
    if (this.state === "unavailable") return { kind: "unavailable" };
    if (this.state !== "result" || !this.latest) return { kind: "checking" };
    const findings = this.visibleFindings();
    return {
      kind: "result",
      verdict: findings.length === 0 ? "none" : this.latest.result.verdict,
      findings,
      blocked: this.latest.gate.action === "block" && findings.some((finding) => finding.severity !== "low"),
    };
  }

  #renderUi(): void {
    if (!this.#ui) {
      this.#ui = createShadowHost("safe-harbor-badge");
      const signal = this.controller.signal;
      const follow = () => this.#follow();
      addEventListener("scroll", follow, { capture: true, passive: true, signal });
      addEventListener("resize", follow, { passive: true, signal });
      const observer = new ResizeObserver(follow);
      observer.observe(this.editor);
      signal.addEventListener("abort", () => observer.disconnect());
    }
    const rect = this.editor.getBoundingClientRect();
    // Above the editor's top-right corner: never over the site's own buttons, which sit below it. With no
    // room above (editor at the top of the viewport), just below the editor rather than over the user's text.
    const above = rect.top - 26;
    const top =
      above >= 0 ? Math.min(above, innerHeight - 30) : Math.max(0, Math.min(rect.bottom + 2, innerHeight - 30));
    const left = Math.max(0, rect.right - 250);
    const answer = this.latest;
    const badge = this.#badgeState();
    const items: PanelFinding[] =
      answer && badge.kind === "result"
        ? badge.findings.map((finding) => ({
            finding,
            ...(finding.end !== undefined ? { excerpt: answer.text.slice(finding.start ?? 0, finding.end) } : {}),
            ...(replacementFor(finding, answer) !== undefined ? { fix: replacementFor(finding, answer) } : {}),
          }))
        : [];
    const open = this.#panelOpen && items.length > 0;
    matchTheme(this.#ui.mount, this.editor);
    render(
      [
        statusBadge({
          state: badge,
          fallback: this.fallback,
          expanded: open,
          top,
          left,
          onToggle: () => {
            this.#panelOpen = !this.#panelOpen;
            this.#renderUi();
          },
        }),
        open &&
          findingsPanel({
            items,
            top: top + 28,
            left: Math.max(0, rect.right - 360),
            ...(answer?.gate.policyUrl ? { policyUrl: answer.gate.policyUrl } : {}),
            onFix: (item) => void this.fix([item.finding]),
            onIgnore: (item) => this.ignore(item.finding),
            onFixAll: () => void this.fix(items.filter((item) => item.fix !== undefined).map((item) => item.finding)),
          }),
      ],
      this.#ui.mount,
    );
  }

  /** Keeps the badge at the composer while the page scrolls or the editor resizes, once per frame. */
  #follow(): void {
    cancelAnimationFrame(this.#frame);
    this.#frame = requestAnimationFrame(() => {
      if (this.#ui) this.#renderUi();
    });
  }

  #removeUi(): void {
    if (!this.#ui) return;
    this.#ui.remove();
    this.#ui = undefined;
  }
}

function rank(severity: Severity): number {
  return severity === "high" ? 3 : severity === "medium" ? 2 : 1;
}

/** "Ignore once" is remembered per rule and matched text, so it survives edits elsewhere in the post. */
function ignoreKey(finding: Finding, text: string): string {
  const span = finding.end !== undefined ? text.slice(finding.start ?? 0, finding.end) : finding.message;
  return `${finding.rule}\u0000${span}`;
}

const PLACEHOLDER: Partial<Record<string, string>> = { person: "[name]", age: "[age]", date: "[date]" };

/**
 * What "Fix" types: the rule's suggestion, else a neutral placeholder named after the identifier found
 * at the span ("[name]", "[phone]"). Findings without a span have no one-click fix.
 */
function replacementFor(finding: Finding, answer: Answer): string | undefined {
  const { start = 0, end } = finding;
  if (end === undefined) return undefined;
  if (finding.suggestion !== undefined) return finding.suggestion;
  const entity = answer.result.entities.find((candidate) => candidate.start < end && candidate.end > start);
  return entity ? (PLACEHOLDER[entity.type] ?? `[${entity.type}]`) : "[removed]";
}

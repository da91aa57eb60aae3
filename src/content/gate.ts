import { render } from "../ui/dom";
import { gateDialog } from "../ui/gate-dialog";
import { createShadowHost, isOurHost, matchTheme, type ShadowHost } from "../ui/shadow-host";
import { type KeyboardSubmit, submitSelector } from "./adapter";
import type { Answer, Composer } from "./composer";
import type { PageView } from "./page-view";

/**
 * How long each of the two attempts to reach the worker waits before we hold the post with "could not
 * check". A worker restarting after the browser stopped it needs ~1 s on an idle machine and 2–4 s on a
 * busy one (npm run bench, cold start), so the second attempt waits longer than a cold start.
 */
const GATE_CHECK_TIMEOUTS_MS = [3_000, 5_000] as const;

interface Held {
  composer: Composer;
  /** Lets the user's original action through, exactly once. */
  replay(): void;
}

/**
 * The confirm-before-post gate. Listens on `window` in the capture phase, registered at document_start
 * before any page script, so it sees a post's click or key before the site's own handlers. The submit
 * control is resolved from the event path on every event: sites re-render their buttons constantly.
 */
export function installGate(page: PageView): void {
  const signal = page.controller.signal;
  const controls = submitSelector(page.adapter);
  let passing = false;
  let dialog: ShadowHost | undefined;

  const swallow = (event: Event) => {
    event.preventDefault();
    event.stopImmediatePropagation();
  };

  const replaying = (action: () => void) => () => {
    passing = true;
    try {
      action();
    } finally {
      passing = false;
    }
  };

  addEventListener(
    "click",
    (event) => {
      if (passing || !controls || !page.siteEnabled) return;
      const control = event
        .composedPath()
        .find((node): node is Element => node instanceof Element && node.matches(controls));
      if (!control) return;
      const composer = page.composerNear(control);
      if (!composer) return;
      if (dialog) return swallow(event);
      const decision = decideNow(composer);
      if (decision === "allow") return;
      swallow(event);
      const replay = replaying(() => {
        const current = control.isConnected ? control : findSubmit(composer);
        if (current instanceof HTMLElement) current.click();
      });
      void hold({ composer, replay }, decision);
    },
    { capture: true, signal },
  );

  addEventListener(
    "keydown",
    (event) => {
      if (passing || event.key !== "Enter" || event.isComposing || !page.siteEnabled) return;
      const target = event.composedPath()[0];
      if (!(target instanceof Node) || isOurHost(target)) return;
      const composer = page.composerAt(target);
      if (!composer?.spec.keyboardSubmit.includes(submitKind(event) as KeyboardSubmit)) return;
      if (dialog) return swallow(event);
      const decision = decideNow(composer);
      if (decision === "allow") return;
      swallow(event);
      const init: KeyboardEventInit = {
        key: event.key,
        code: event.code,
        keyCode: event.keyCode,
        which: event.which,
        ctrlKey: event.ctrlKey,
        metaKey: event.metaKey,
        shiftKey: event.shiftKey,
        altKey: event.altKey,
        bubbles: true,
        cancelable: true,
        composed: true,
      } as KeyboardEventInit;
      const replay = replaying(() => {
        composer.editor.focus({ preventScroll: true });
        (target.isConnected ? target : composer.editor).dispatchEvent(new KeyboardEvent("keydown", init));
      });
      void hold({ composer, replay }, decision);
    },
    { capture: true, signal },
  );

  /** Checks (when the text moved on since the last answer), then stops or lets the action through. */
  async function hold(held: Held, decision: "stop" | "check"): Promise<void> {
    if (decision === "stop" && held.composer.latest) return open(held, held.composer.latest);
    let answer: Answer | undefined;
    try {
      answer = await held.composer.freshAnswer(GATE_CHECK_TIMEOUTS_MS[0]);
    } catch {
      try {
        answer = await held.composer.freshAnswer(GATE_CHECK_TIMEOUTS_MS[1]);
      } catch {
        return open(held, undefined);
      }
    }
    if (!answer || !stops(held.composer, answer)) return held.replay();
    open(held, answer);
  }

  /** Shows the modal for `answer`, or the "could not check" hold when there is none. */
  function open(held: Held, answer: Answer | undefined): void {
    const { composer } = held;
    const findings = answer ? composer.gatingFindings(answer) : [];
    const blocked = answer?.gate.action === "block";
    const host = createShadowHost("safe-harbor-gate");
    matchTheme(host.mount, composer.editor);
    dialog = host;
    let reason = "";
    if (blocked) composer.audit("blocked", findings);
    const close = () => {
      host.remove();
      dialog = undefined;
      composer.editor.focus({ preventScroll: true });
    };
    const draw = () =>
      render(
        gateDialog({
          mode: answer ? "findings" : "unavailable",
          findings,
          verb: composer.spec.verb ?? verbFor(composer.spec.surface),
          blocked,
          reasonRequired: answer?.gate.reasonRequired ?? false,
          reason,
          ...(answer?.gate.policyUrl ? { policyUrl: answer.gate.policyUrl } : {}),
          onEdit: () => {
            if (answer) composer.audit("edited", findings);
            close();
          },
          onCancel: () => {
            if (answer) composer.audit("cancelled", findings);
            close();
          },
          onPostAnyway: () => {
            if (answer?.gate.reasonRequired && reason.trim() === "" && findings.some((f) => f.severity === "high"))
              return;
            composer.audit("posted-anyway", findings, reason.trim() || undefined);
            close();
            held.replay();
          },
          onRetry: () => {
            close();
            void hold(held, "check");
          },
          onReason: (value) => {
            reason = value;
            draw();
          },
        }),
        host.mount,
      );
    draw();
    host.root.querySelector<HTMLElement>("[data-default]")?.focus();
  }
}

/** "allow": nothing risky in the text as last checked; "stop": it was; "check": the text moved on. */
function decideNow(composer: Composer): "allow" | "stop" | "check" {
  const text = composer.currentText();
  if (text.trim() === "") return "allow";
  const latest = composer.latest;
  if (!latest || latest.text !== text) return "check";
  return stops(composer, latest) ? "stop" : "allow";
}

function stops(composer: Composer, answer: Answer): boolean {
  const { action, siteEnabled } = answer.gate;
  if (!siteEnabled || (action !== "confirm" && action !== "block")) return false;
  return composer.gatingFindings(answer).length > 0;
}

function submitKind(event: KeyboardEvent): KeyboardSubmit | undefined {
  if (event.ctrlKey || event.metaKey) return "mod-enter";
  if (!event.shiftKey && !event.altKey) return "enter";
  return undefined;
}

/** The composer's submit control, looked up again when the site re-rendered the one that was clicked. */
function findSubmit(composer: Composer): HTMLElement | undefined {
  if (!composer.spec.submit) return undefined;
  for (let ancestor = composer.editor.parentElement; ancestor; ancestor = ancestor.parentElement) {
    const control = ancestor.querySelector<HTMLElement>(composer.spec.submit);
    if (control) return control;
  }
  return undefined;
}

function verbFor(surface: string): string {
  if (surface === "reply" || surface === "review-reply") return "reply";
  if (surface === "comment") return "comment";
  if (surface === "message") return "message";
  return "post";
}

import type { Finding } from "../core/types";
import { h, type VNode } from "./dom";
import { policyLink } from "./findings-panel";

export interface GateDialogProps {
  /** `findings`: the post has medium/high findings; `unavailable`: the checker did not answer. */
  mode: "findings" | "unavailable";
  findings: Finding[];
  /** "post", "reply", "comment": the buttons read "Edit post" and "Post anyway". */
  verb: string;
  blocked: boolean;
  reasonRequired: boolean;
  reason: string;
  policyUrl?: string;
  onEdit(): void;
  onCancel(): void;
  onPostAnyway(): void;
  onRetry(): void;
  onReason(reason: string): void;
}

/**
 * The confirm-before-post modal. Its accessible name contains "Safe Harbor"; "Edit …" has the default
 * focus; Escape cancels (back to the editor); "… anyway" needs a typed reason when policy asks for one and
 * does not exist when policy blocks.
 */
export function gateDialog(props: GateDialogProps): VNode {
  const { mode, findings, verb, blocked, reason } = props;
  const unavailable = mode === "unavailable";
  const needsReason = props.reasonRequired && !blocked && !unavailable;
  const title = unavailable
    ? `Safe Harbor could not check this ${verb}`
    : `Safe Harbor: ${blocked ? `this ${verb} cannot be posted` : `check this ${verb} before it goes out`}`;
  const summary = unavailable
    ? "The checker did not answer (it may be restarting), so this is on hold."
    : blocked
      ? "Your organization's policy does not allow posting this:"
      : "It may disclose patient information or break your social media policy:";
  return h(
    "div",
    { class: "backdrop" },
    h(
      "div",
      {
        role: "alertdialog",
        "aria-modal": "true",
        "aria-labelledby": "t",
        "aria-describedby": "d",
        class: "gate",
        onKeyDown: (event: KeyboardEvent) => trapKeys(event, props),
      },
      h("h2", { id: "t" }, title),
      h("p", { id: "d" }, summary),
      !unavailable &&
        h(
          "ul",
          null,
          findings.map((finding) => h("li", null, finding.message)),
        ),
      props.policyUrl && h("p", null, policyLink(props.policyUrl)),
      needsReason &&
        h(
          "label",
          null,
          "Reason for posting anyway (kept in the audit log)",
          h("textarea", { onInput: (event: Event) => props.onReason((event.target as HTMLTextAreaElement).value) }),
        ),
      h(
        "div",
        { class: "actions" },
        unavailable && h("button", { type: "button", onClick: props.onRetry }, "Try again"),
        h("button", { type: "button", class: "primary", "data-default": true, onClick: props.onEdit }, `Edit ${verb}`),
        !blocked &&
          h(
            "button",
            { type: "button", disabled: needsReason && reason.trim() === "", onClick: props.onPostAnyway },
            `${verb.charAt(0).toUpperCase()}${verb.slice(1)} anyway`,
          ),
      ),
    ),
  );
}

/** Escape cancels; Tab cycles inside the dialog (it is modal). */
function trapKeys(event: KeyboardEvent, props: GateDialogProps): void {
  if (event.key === "Escape") {
    event.preventDefault();
    props.onCancel();
    return;
  }
  if (event.key !== "Tab") return;
  const dialog = event.currentTarget as HTMLElement;
  const focusable = [...dialog.querySelectorAll<HTMLElement>("button:not([disabled]),textarea,a[href]")];
  const first = focusable[0];
  const last = focusable[focusable.length - 1];
  const active = (dialog.getRootNode() as ShadowRoot).activeElement;
  if (event.shiftKey ? active === first : active === last) {
    event.preventDefault();
    (event.shiftKey ? last : first)?.focus();
  }
}

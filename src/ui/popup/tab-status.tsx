import type { ContentResponses } from "../../shared/protocol";

const SITE_NAMES = { facebook: "Facebook", x: "X", linkedin: "LinkedIn", instagram: "Instagram", other: "this site" };

/** One line on what Safe Harbor does on the current tab. */
export function TabStatus({ status }: { status: ContentResponses["status"] | "unsupported" | "loading" }) {
  if (status === "loading") return <p role="status">Checking this tab…</p>;
  if (status === "unsupported") {
    return <p role="status">Safe Harbor does not check posts on this page (only Facebook, X, LinkedIn, Instagram).</p>;
  }
  const site = SITE_NAMES[status.site];
  if (!status.enabled) return <p role="status">Switched off on {site} by policy.</p>;
  const latest =
    status.verdict === undefined
      ? "No post checked yet."
      : status.verdict === "none"
        ? "Latest post: no problems found."
        : `Latest post: ${status.verdict} risk, ${status.findings ?? 0} finding${status.findings === 1 ? "" : "s"}.`;
  return (
    <p role="status">
      On {site}: checking posts{status.fallback ? " (generic composer support)" : ""}. {latest}
    </p>
  );
}

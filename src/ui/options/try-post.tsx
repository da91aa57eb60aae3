import type { CheckResult, Finding } from "../../core/types";
import type { GateDecision } from "../../shared/protocol";

export interface TryPostProps {
  text: string;
  result?: CheckResult;
  gate?: GateDecision;
  onInput(text: string): void;
}

const GATE_WORDS = {
  off: "Nothing would stop this post.",
  inform: "The composer would show a note; posting goes ahead.",
  warn: "The composer would warn; posting goes ahead.",
  confirm: "The gate would stop this post: edit it, or post anyway",
  block: "The gate would block this post: it cannot be posted as written.",
} as const;
const SEVERITY_WORD = { high: "High risk", medium: "Warning", low: "Note" } as const;

/** A box to try a post in, with the findings and the gate as the composer would show them. Nothing is saved. */
export function TryPost({ text, result, gate, onInput }: TryPostProps) {
  return (
    <section aria-labelledby="try-heading">
      <h2 id="try-heading">Try a post</h2>
      <p>Type or paste a post to see what Safe Harbor would say. It is checked on this device and not saved.</p>
      <textarea
        id="try-post"
        aria-labelledby="try-heading"
        rows={5}
        value={text}
        onInput={(event) => onInput(event.currentTarget.value)}
      />
      {result && gate && text.trim() !== "" && (
        <div role="status" aria-label="Try a post result">
          <p>
            <strong>Verdict: {result.verdict === "none" ? "no problems found" : result.verdict}</strong>.{" "}
            {GATE_WORDS[gate.action]}
            {gate.action === "confirm" && (gate.reasonRequired ? " (with a typed reason)." : ".")}
          </p>
          {result.findings.length > 0 && <Highlighted text={text} findings={result.findings} />}
          <ul>
            {result.findings.map((finding) => (
              <li key={`${finding.rule}:${finding.start}:${finding.end}`}>
                <span class={`sev ${finding.severity}`}>{SEVERITY_WORD[finding.severity]}</span> {finding.message}{" "}
                <code>{finding.rule}</code>
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}

/** The post with each finding's span marked, as the composer underlines it; text nodes only, never markup. */
function Highlighted({ text, findings }: { text: string; findings: readonly Finding[] }) {
  const spans = findings
    .filter((finding) => finding.start !== undefined && finding.end !== undefined)
    .map((finding) => ({ start: finding.start as number, end: finding.end as number, severity: finding.severity }))
    .sort((a, b) => a.start - b.start);
  const pieces = [];
  let at = 0;
  for (const span of spans) {
    if (span.start < at) continue; // overlapping findings: the first one marks the text
    pieces.push(text.slice(at, span.start));
    pieces.push(
      <mark key={span.start} class={span.severity}>
        {text.slice(span.start, span.end)}
      </mark>,
    );
    at = span.end;
  }
  pieces.push(text.slice(at));
  return <p class="highlighted">{pieces}</p>;
}

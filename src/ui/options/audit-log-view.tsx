import type { Responses } from "../../shared/protocol";

export interface AuditLogViewProps {
  log: Responses["audit-log"];
  onExport(format: "csv" | "json"): void;
  onClear(): void;
}

const DECISION_WORDS = {
  edited: "edited",
  fixed: "fixed",
  ignored: "ignored",
  cancelled: "cancelled",
  "posted-anyway": "posted anyway",
  blocked: "blocked",
} as const;

/** The local audit log, newest first: decisions only, never what was written. */
export function AuditLogView({ log, onExport, onClear }: AuditLogViewProps) {
  const newestFirst = [...log.entries].reverse();
  return (
    <section aria-labelledby="audit-heading">
      <h2 id="audit-heading">Audit log</h2>
      <p>
        {log.settings.enabled ? "On" : "Off"}: {log.entries.length} of at most {log.settings.maxEntries} decisions, kept
        on this device only. It never holds what you wrote.
      </p>
      <div class="actions">
        <button type="button" onClick={() => onExport("csv")}>
          Export CSV
        </button>
        <button type="button" onClick={() => onExport("json")}>
          Export JSON
        </button>
        <button type="button" onClick={onClear} disabled={!log.clearable || log.entries.length === 0}>
          Clear log
        </button>
        {!log.clearable && <span class="lock-note">🔒 kept by your organization</span>}
      </div>
      {newestFirst.length > 0 && (
        <table>
          <thead>
            <tr>
              <th scope="col">Time</th>
              <th scope="col">Site</th>
              <th scope="col">Where</th>
              <th scope="col">Risk</th>
              <th scope="col">Decision</th>
              <th scope="col">Reason</th>
              <th scope="col">Rules</th>
            </tr>
          </thead>
          <tbody>
            {newestFirst.map((entry) => (
              <tr key={`${entry.time}:${entry.decision}:${entry.rules.join()}`}>
                <td>{new Date(entry.time).toLocaleString()}</td>
                <td>{entry.site}</td>
                <td>{entry.surface}</td>
                <td>{entry.severity}</td>
                <td>{DECISION_WORDS[entry.decision]}</td>
                <td>{entry.reason ?? ""}</td>
                <td>{entry.rules.join(", ")}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

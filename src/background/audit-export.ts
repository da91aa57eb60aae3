import type { AuditEntry } from "../shared/protocol";

const COLUMNS = ["time", "site", "surface", "severity", "decision", "reason", "categories", "rules"] as const;

/** The audit log as a spreadsheet: one row per decision, lists joined with spaces. */
export function auditToCsv(entries: readonly AuditEntry[]): string {
  const rows = entries.map((entry) =>
    COLUMNS.map((column) => {
      const value = entry[column];
      return csvCell(Array.isArray(value) ? value.join(" ") : (value ?? ""));
    }).join(","),
  );
  return `${[COLUMNS.join(","), ...rows].join("\r\n")}\r\n`;
}

export function auditToJson(entries: readonly AuditEntry[]): string {
  return `${JSON.stringify({ format: "safe-harbor-audit-log/1", entries }, null, 2)}\n`;
}

/**
 * RFC 4180 quoting, plus a leading apostrophe on cells a spreadsheet would run as a formula: the typed
 * reason is free text (OWASP "CSV injection").
 */
function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

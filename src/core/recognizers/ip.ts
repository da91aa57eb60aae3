import type { Candidate, Recognizer } from "./recognizer";

const IPV4 =
  /(?<![\w.])(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(?:\.(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}(?:\/\d{1,2})?(?![\w]|\.\d)/g;
/** IPv6 candidates are one character class; `isIpv6` checks the shape in code. */
const IPV6_LIKE = /(?<![\w:.])[0-9A-Fa-f:][0-9A-Fa-f:.]{1,44}(?:%[\w]{1,16})?(?:\/\d{1,3})?/g;

function isIpv4(value: string): boolean {
  const parts = value.split(".");
  return parts.length === 4 && parts.every((part) => /^\d{1,3}$/.test(part) && Number(part) <= 255);
}

export function isIpv6(raw: string): boolean {
  const value = raw.replace(/%\w+$/, "").replace(/\/\d+$/, "");
  if (!value.includes(":") || value.split("::").length > 2) return false;
  let groups = value.split(":");
  const last = groups[groups.length - 1] ?? "";
  let budget = 8;
  if (last.includes(".")) {
    if (!isIpv4(last)) return false;
    budget = 6;
    groups = groups.slice(0, -1);
  }
  const compressed = value.includes("::");
  const filled = groups.filter((group) => group.length > 0);
  if (filled.some((group) => !/^[0-9A-Fa-f]{1,4}$/.test(group))) return false;
  if (compressed) {
    if (/^:[^:]|[^:]:$/.test(value.replace(/\.\d+$/, ""))) return false;
    return filled.length < budget;
  }
  return groups.length === budget && filled.length === budget;
}

/** IP addresses, v4 (each octet 0-255) and v6 (full, compressed, with an embedded v4). */
export const ip: Recognizer = {
  name: "ip",
  type: "ip",
  find(text: string): Candidate[] {
    const found: Candidate[] = [];
    IPV4.lastIndex = 0;
    for (const match of text.matchAll(IPV4)) {
      const start = match.index ?? 0;
      found.push({ start, end: start + match[0].length, type: "ip", recognizer: "ip", confidence: 0.8 });
    }
    IPV6_LIKE.lastIndex = 0;
    for (const match of text.matchAll(IPV6_LIKE)) {
      let value = match[0];
      while (/[.:]$/.test(value) && !value.endsWith("::")) value = value.slice(0, -1);
      const start = match.index ?? 0;
      if (/\w/.test(text[start + match[0].length] ?? "")) continue;
      if ((value.match(/:/g)?.length ?? 0) < 2 || value.includes(":::") || !isIpv6(value)) continue;
      found.push({ start, end: start + value.length, type: "ip", recognizer: "ip", confidence: 0.8, label: "IPv6" });
    }
    return found;
  },
};

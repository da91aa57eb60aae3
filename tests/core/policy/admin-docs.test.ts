import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { readPolicy } from "../../../src/core/policy/read-policy";
import { GECKO_ID } from "../../../src/tools/manifest";

const CHROME_ID = "ndkgngbfjfahhglceglbdekgpcboceac";
const docs = readFileSync("docs/admin.md", "utf8");
const jsonBlocks = [...docs.matchAll(/```json\n([\s\S]*?)```/g)].map(
  (match, index) => [index, match[1] ?? ""] as const,
);
const schema = JSON.parse(readFileSync("public/managed_schema.json", "utf8")) as Schema;

interface Schema {
  type: string;
  id?: string;
  $ref?: string;
  enum?: unknown[];
  properties?: Record<string, Schema>;
  items?: Schema;
  required?: string[];
  minimum?: number;
  maximum?: number;
}

type Found = { browser: "chrome" | "firefox" | "admin-console"; policy: unknown; install: boolean };

/** The Safe Harbor policy inside one complete file, in whichever of the three shapes admins deploy. */
function policyIn(file: Record<string, unknown>): Found | undefined {
  const chrome = (file["3rdparty"] as { extensions?: Record<string, unknown> } | undefined)?.extensions?.[CHROME_ID];
  if (chrome !== undefined) {
    const forcelist = file.ExtensionInstallForcelist as string[] | undefined;
    return { browser: "chrome", policy: chrome, install: !!forcelist?.some((entry) => entry.startsWith(CHROME_ID)) };
  }
  const policies = file.policies as Record<string, unknown> | undefined;
  const firefox = (policies?.["3rdparty"] as { Extensions?: Record<string, unknown> } | undefined)?.Extensions?.[
    GECKO_ID
  ];
  if (firefox !== undefined) {
    const settings = (policies?.ExtensionSettings as Record<string, { installation_mode?: string }>)?.[GECKO_ID];
    return { browser: "firefox", policy: firefox, install: settings?.installation_mode === "force_installed" };
  }
  const values = Object.values(file);
  if (values.length > 0 && values.every((value) => typeof value === "object" && value !== null && "Value" in value)) {
    const unwrapped = Object.fromEntries(
      Object.entries(file).map(([key, value]) => [key, (value as { Value: unknown }).Value]),
    );
    return { browser: "admin-console", policy: unwrapped, install: true };
  }
  return undefined;
}

/** Chrome's managed_schema subset (type, enum, properties, items, required, min/max, id/$ref): the paths that fail. */
function schemaErrors(value: unknown, node: Schema, path: string, ids = new Map<string, Schema>()): string[] {
  if (node.id) ids.set(node.id, node);
  const resolved = node.$ref ? ids.get(node.$ref) : node;
  if (!resolved) return [`${path}: unknown $ref ${node.$ref}`];
  const errors: string[] = [];
  const actual = Array.isArray(value) ? "array" : Number.isInteger(value) ? "integer" : typeof value;
  const fits = resolved.type === actual || (resolved.type === "number" && actual === "integer");
  if (!fits) return [`${path}: ${actual} is not ${resolved.type}`];
  if (resolved.enum && !resolved.enum.includes(value)) errors.push(`${path}: ${String(value)} not in enum`);
  if (typeof value === "number" && resolved.minimum !== undefined && value < resolved.minimum) errors.push(path);
  if (typeof value === "number" && resolved.maximum !== undefined && value > resolved.maximum) errors.push(path);
  if (Array.isArray(value) && resolved.items) {
    for (const [index, item] of value.entries()) {
      errors.push(...schemaErrors(item, resolved.items, `${path}[${index}]`, ids));
    }
  }
  if (resolved.type === "object" && typeof value === "object" && value !== null) {
    for (const key of resolved.required ?? []) if (!(key in value)) errors.push(`${path}.${key}: required`);
    for (const [key, item] of Object.entries(value)) {
      const child = resolved.properties?.[key];
      if (!child) errors.push(`${path}.${key}: not in the schema`);
      else errors.push(...schemaErrors(item, child, `${path}.${key}`, ids));
    }
  }
  return errors;
}

describe("docs/admin.md's example policies", () => {
  it("has one complete file each for Chrome, the Admin console and Firefox", () => {
    const browsers = jsonBlocks.map(([, text]) => policyIn(JSON.parse(text))?.browser);
    expect(browsers).toEqual(["chrome", "admin-console", "firefox"]);
  });

  it.each(jsonBlocks)(
    "json block %i reads with zero problems, installs the extension and fits the schema",
    (_index, text) => {
      const found = policyIn(JSON.parse(text));
      expect(found, "not a complete Chrome policy file, Admin console policy or Firefox policies.json").toBeDefined();
      const { policy, problems } = readPolicy(found?.policy);
      expect(problems).toEqual([]);
      expect(Object.keys(policy).length).toBeGreaterThan(5);
      expect(found?.install).toBe(true);
      expect(schemaErrors(found?.policy, schema, "policy")).toEqual([]);
    },
  );
});

describe("public/managed_schema.json", () => {
  it("describes exactly the keys the policy reader knows", () => {
    for (const key of Object.keys(schema.properties ?? {})) {
      const { problems } = readPolicy({ [key]: "wrong type on purpose" });
      expect(problems.map((problem) => problem.message).join()).not.toMatch(/not a Safe Harbor setting/);
    }
    const { policy } = readPolicy(policyIn(JSON.parse(jsonBlocks[0]?.[1] ?? "{}"))?.policy);
    expect(Object.keys(schema.properties ?? {}).sort()).toEqual(Object.keys(policy).sort());
  });

  it("catches a value Chrome would drop (the checker can fail)", () => {
    expect(schemaErrors({ actions: { high: "nuke" }, extra: 1 }, schema, "policy")).toEqual([
      "policy.actions.high: nuke not in enum",
      "policy.extra: not in the schema",
    ]);
  });
});

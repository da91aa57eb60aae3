import { readFileSync } from "node:fs";

export type Browser = "chrome" | "firefox";

/** The gecko id is Firefox's extension id; policies.json addresses the extension by it. */
export const GECKO_ID = "safe-harbor@safe-harbor";

type Manifest = Record<string, unknown> & {
  background: { service_worker: string; type?: string };
};

/**
 * One manifest.json is the source; each browser's differences are applied here. Firefox: an event page
 * (`background.scripts`, Firefox has no extension service workers), a gecko id and its version floors,
 * no Chrome-only `key`.
 */
export function manifestFor(browser: Browser, path = "manifest.json"): Record<string, unknown> {
  const source = JSON.parse(readFileSync(path, "utf8")) as Manifest;
  if (browser === "chrome") return source;
  const { key: _key, minimum_chrome_version: _minimum, background, ...rest } = source;
  return {
    ...rest,
    background: { scripts: [background.service_worker], type: background.type ?? "module" },
    browser_specific_settings: {
      gecko: {
        id: GECKO_ID,
        strict_min_version: "140.0",
        data_collection_permissions: { required: ["none"] },
      },
      gecko_android: { strict_min_version: "142.0" },
    },
  };
}

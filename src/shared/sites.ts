import type { Site } from "../core/types";

/** The hosts the extension works on, by site. Kept in step with manifest.json's content_scripts. */
const SITE_HOSTS: ReadonlyArray<readonly [Site, RegExp]> = [
  ["facebook", /(^|\.)facebook\.com$/],
  ["x", /(^|\.)(x|twitter)\.com$/],
  ["linkedin", /(^|\.)linkedin\.com$/],
  ["instagram", /(^|\.)instagram\.com$/],
];

export function siteOfHost(host: string): Site | undefined {
  return SITE_HOSTS.find(([, pattern]) => pattern.test(host))?.[0];
}

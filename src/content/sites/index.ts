import type { SiteAdapter } from "../adapter";
import { facebook } from "./facebook";
import { instagram } from "./instagram";
import { linkedin } from "./linkedin";
import { x } from "./x";

/** Every site adapter. Adding a site is one file in this folder and one entry here. */
export const ADAPTERS: readonly SiteAdapter[] = [x, facebook, linkedin, instagram];

export function adapterForHost(host: string): SiteAdapter | undefined {
  return ADAPTERS.find((adapter) => adapter.hosts.test(host));
}

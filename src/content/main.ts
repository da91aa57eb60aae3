import { siteOfHost } from "../shared/sites";
import { installGate } from "./gate";
import { answerPopup } from "./messenger";
import { PageView } from "./page-view";
import { adapterForHost } from "./sites";

/**
 * The content script: runs at document_start on the four sites. The gate's capture listeners go on
 * `window` now, before any page script registers its own; composers are found as the page builds them.
 */
const page = new PageView(siteOfHost(location.hostname) ?? "other", adapterForHost(location.hostname));
installGate(page);
page.start();
answerPopup(() => page.status());

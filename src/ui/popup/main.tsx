import { render } from "preact";
import browser from "webextension-polyfill";

/** Popup (skeleton): what the extension is and where its settings are. */
function Popup() {
  return (
    <main style="min-width:240px;font:14px system-ui,sans-serif">
      <h1 style="font-size:16px">Safe Harbor</h1>
      <p>Checks run on this device; nothing you type leaves it.</p>
      <button type="button" onClick={() => void browser.runtime.openOptionsPage()}>
        Settings
      </button>
    </main>
  );
}

const app = document.getElementById("app");
if (app) render(<Popup />, app);

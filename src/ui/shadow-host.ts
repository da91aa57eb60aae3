import { UI_CSS } from "./theme";

/**
 * A host element for our UI with a CLOSED shadow root: page scripts can neither read nor restyle what is
 * inside, and the page's CSS cannot reach in. Keys typed inside it (the gate's reason field) stop at the
 * host, so the site's keyboard shortcuts do not fire while the user types into our UI.
 */
export interface ShadowHost {
  host: HTMLElement;
  root: ShadowRoot;
  /** Where to render: a `.ui` element inside the shadow root, `.dark` on dark pages. */
  mount: HTMLElement;
  remove(): void;
}

const OUR_HOSTS = new WeakSet<EventTarget>();
const CONTAINED_EVENTS = ["keydown", "keyup", "keypress", "beforeinput", "input", "paste", "copy", "cut"];

export function isOurHost(target: EventTarget | null): boolean {
  return target !== null && OUR_HOSTS.has(target);
}

export function createShadowHost(tag: string): ShadowHost {
  const host = document.createElement(tag);
  // All layout is fixed to the viewport; the host itself takes no space in the page.
  host.style.cssText = "all:initial;position:fixed;top:0;left:0;width:0;height:0;z-index:2147483647";
  const root = host.attachShadow({ mode: "closed" });
  const style = document.createElement("style");
  style.textContent = UI_CSS;
  const mount = document.createElement("div");
  root.append(style, mount);
  for (const type of CONTAINED_EVENTS) host.addEventListener(type, (event) => event.stopPropagation());
  OUR_HOSTS.add(host);
  document.documentElement.append(host);
  return { host, root, mount, remove: () => host.remove() };
}

/** Sets the palette for the page behind `element`: dark when its first opaque background is dark. */
export function matchTheme(mount: HTMLElement, element: Element): void {
  mount.className = isDarkBehind(element) ? "ui dark" : "ui";
}

function isDarkBehind(element: Element | null): boolean {
  for (let node = element; node; node = node.parentElement) {
    const channels = getComputedStyle(node)
      .backgroundColor.match(/[\d.]+/g)
      ?.map(Number);
    if (!channels || channels.length < 3 || channels[3] === 0) continue;
    const [r = 0, g = 0, b = 0] = channels;
    return 0.2126 * r + 0.7152 * g + 0.0722 * b < 128;
  }
  return matchMedia("(prefers-color-scheme: dark)").matches;
}

/**
 * A very small hyperscript renderer for the content script's UI (badge, panel, gate). The content script
 * must stay under 30 kB minified and Preact alone is 11 kB of it, so in-page UI uses this instead; the
 * extension's own pages (options, popup) use Preact. It patches the existing DOM by position, so focus
 * and typed text in our own fields survive re-renders. Text is always set as text, never as HTML.
 */
export type Child = VNode | string | number | false | null | undefined | Child[];
type Props = Record<string, unknown>;
export interface VNode {
  type: string;
  props: Props;
  children: Child[];
}

export function h(type: string, props: Props | null, ...children: Child[]): VNode {
  return { type, props: props ?? {}, children };
}

const previousProps = new WeakMap<Element, Props>();
const handlers = new WeakMap<Element, Record<string, (event: Event) => void>>();

/** Makes `parent`'s children match `tree`. */
export function render(tree: Child, parent: Element): void {
  patchChildren(parent, [tree]);
}

function flatten(children: Child[], out: Array<VNode | string> = []): Array<VNode | string> {
  for (const child of children) {
    if (Array.isArray(child)) flatten(child, out);
    else if (child !== false && child !== null && child !== undefined) {
      out.push(typeof child === "object" ? child : String(child));
    }
  }
  return out;
}

function patchChildren(parent: Element, children: Child[]): void {
  const wanted = flatten(children);
  wanted.forEach((vnode, index) => {
    const existing = parent.childNodes[index];
    const node = patchNode(existing, vnode);
    if (!existing) parent.append(node);
    else if (node !== existing) existing.replaceWith(node);
  });
  while (parent.childNodes.length > wanted.length) parent.lastChild?.remove();
}

function patchNode(existing: ChildNode | undefined, vnode: VNode | string): Node {
  if (typeof vnode === "string") {
    if (existing instanceof Text) {
      if (existing.data !== vnode) existing.data = vnode;
      return existing;
    }
    return document.createTextNode(vnode);
  }
  const element =
    existing instanceof Element && existing.localName === vnode.type ? existing : document.createElement(vnode.type);
  const before = previousProps.get(element) ?? {};
  for (const name of Object.keys(before)) if (!(name in vnode.props)) setProp(element, name, undefined);
  for (const [name, value] of Object.entries(vnode.props)) if (before[name] !== value) setProp(element, name, value);
  previousProps.set(element, vnode.props);
  patchChildren(element, vnode.children);
  return element;
}

function setProp(element: Element, name: string, value: unknown): void {
  if (name.startsWith("on")) {
    const type = name.slice(2).toLowerCase();
    const own = handlers.get(element) ?? {};
    handlers.set(element, own);
    // One listener per event type, calling whatever handler the latest render gave.
    if (!(type in own)) element.addEventListener(type, (event) => own[type]?.(event));
    own[type] = value as (event: Event) => void;
  } else if (value === undefined || value === null || value === false) element.removeAttribute(name);
  else element.setAttribute(name, value === true ? "" : String(value));
}

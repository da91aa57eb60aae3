/**
 * The text of an editor as the checker sees it, with a map back to the DOM. Blocks (paragraphs, Draft
 * blocks, Lexical `<p>`s) are separated by "\n"; `<br>` inside a block is "\n"; the placeholder `<br>` that
 * editors put in an empty block or at a block's end is nothing. Offsets are UTF-16 code units, as in
 * `Span`. Reading never changes the editor's DOM.
 */
export interface TextModel {
  text: string;
  /** A DOM range covering `text.slice(start, end)`, or undefined when the DOM changed underneath. */
  rangeOf(start: number, end: number): Range | undefined;
}

interface Segment {
  node: Text;
  start: number;
}

const BLOCK_TAGS = new Set([
  "DIV",
  "P",
  "LI",
  "UL",
  "OL",
  "H1",
  "H2",
  "H3",
  "H4",
  "H5",
  "H6",
  "BLOCKQUOTE",
  "PRE",
  "TABLE",
  "TR",
  "SECTION",
  "ARTICLE",
]);

type Token = { kind: "text"; node: Text } | { kind: "br" } | { kind: "block" };

export function readTextModel(editor: HTMLElement): TextModel {
  if (editor instanceof HTMLTextAreaElement || editor instanceof HTMLInputElement) {
    const text = editor.value;
    return { text, rangeOf: () => undefined };
  }
  const tokens: Token[] = [];
  collect(editor, tokens);
  let text = "";
  const segments: Segment[] = [];
  let lastWasBlock = false;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    if (token.kind === "text") {
      const value = token.node.data;
      if (value.length === 0) continue;
      segments.push({ node: token.node, start: text.length });
      text += value;
      lastWasBlock = false;
    } else if (token.kind === "block") {
      // Nested block starts (Draft wraps each block twice) count once; nothing before the first block.
      if (text.length > 0 && !lastWasBlock) text += "\n";
      lastWasBlock = true;
    } else {
      const next = tokens[i + 1];
      // A `<br>` that ends a block is the editor's caret placeholder, not a line break.
      if (next !== undefined && next.kind !== "block") {
        text += "\n";
        lastWasBlock = false;
      }
    }
  }
  return { text, rangeOf: (start, end) => rangeFor(segments, start, end) };
}

function collect(node: Node, tokens: Token[]): void {
  for (let child = node.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === Node.TEXT_NODE) tokens.push({ kind: "text", node: child as Text });
    else if (child.nodeType === Node.ELEMENT_NODE) {
      const element = child as Element;
      if (element.tagName === "BR") tokens.push({ kind: "br" });
      else {
        if (BLOCK_TAGS.has(element.tagName)) tokens.push({ kind: "block" });
        collect(element, tokens);
      }
    }
  }
}

function rangeFor(segments: Segment[], start: number, end: number): Range | undefined {
  const from = position(segments, start, "start");
  const to = position(segments, end, "end");
  if (!from || !to || !from.node.isConnected || !to.node.isConnected) return undefined;
  const range = document.createRange();
  range.setStart(from.node, from.offset);
  range.setEnd(to.node, to.offset);
  return range;
}

/**
 * The DOM position of a text offset. At a boundary between two text nodes a range's start belongs to the
 * later node and its end to the earlier one, so a highlight never spills into a neighbouring block.
 */
function position(
  segments: Segment[],
  offset: number,
  edge: "start" | "end",
): { node: Text; offset: number } | undefined {
  let candidate: { node: Text; offset: number } | undefined;
  for (const segment of segments) {
    const length = segment.node.data.length;
    if (offset < segment.start) return edge === "end" && candidate ? candidate : { node: segment.node, offset: 0 };
    if (offset < segment.start + length) return { node: segment.node, offset: offset - segment.start };
    candidate = { node: segment.node, offset: length };
    if (offset === segment.start + length && edge === "end") return candidate;
  }
  return candidate;
}

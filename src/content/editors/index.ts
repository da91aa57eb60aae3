import type { EditorKind } from "../adapter";
import { contenteditable, quill } from "./contenteditable";
import { draft } from "./draft";
import type { EditorBehaviour } from "./editor";
import { lexical } from "./lexical";
import { textarea } from "./textarea";

const BEHAVIOURS: Record<EditorKind, EditorBehaviour> = { draft, lexical, quill, contenteditable, textarea };

export function editorBehaviour(kind: EditorKind): EditorBehaviour {
  return BEHAVIOURS[kind];
}

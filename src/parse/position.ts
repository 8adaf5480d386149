import type { Node } from "unist";
import type { Span } from "../ir/types.js";

const NOWHERE: Span = { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } };

/** The span of an mdast node, as plain data. */
export function spanOf(node: Node, fallback: Span = NOWHERE): Span {
  const position = node.position;
  if (!position) return fallback;
  return {
    start: { line: position.start.line, column: position.start.column },
    end: { line: position.end.line, column: position.end.column },
  };
}

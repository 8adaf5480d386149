import type { Node, Parent } from "unist";
import type { Span } from "../base/span.js";

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

/**
 * The span of a node's content: from its first child to its last. A heading's
 * content leaves out the `#` marks and a table cell's its pipes, so a
 * diagnostic points at the text the user wrote. Falls back to the node's own
 * span when it has no positioned children.
 */
export function contentSpanOf(node: Parent, fallback?: Span): Span {
  const whole = spanOf(node, fallback);
  const first = node.children[0];
  const last = node.children[node.children.length - 1];
  if (!first?.position || !last?.position) return whole;
  return { start: spanOf(first).start, end: spanOf(last).end };
}

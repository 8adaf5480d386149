/**
 * Places in a spec file, as every stage names them: 1-based line and column,
 * as unist has them. The vocabulary the stages share, below all of them.
 */

/** A place in a spec file. */
export interface Point {
  line: number;
  column: number;
}

/** A stretch of a spec file. */
export interface Span {
  start: Point;
  end: Point;
}

/**
 * Whether a spec's markdown can be parsed in reasonable time and stack,
 * checked before parsing it. The markdown parser's work grows faster than
 * the text in three cases: many emphasis or link markers in one paragraph
 * (quadratic), many lazy continuation lines in one quote or list item
 * (quadratic), and quotes or lists nested deeply (cubic, and deep enough
 * to overflow the stack). Specs need none of these at scale; a file that has
 * them is refused with a diagnostic rather than stalling the run.
 *
 * The estimate reads lines, not markdown, and errs on the safe side: it may
 * charge a block the parser would find cheap, never the reverse. Fenced code
 * is not charged, since the parser does not look inside it, and each row of
 * a table is charged on its own, since each cell is parsed on its own.
 */

/** Nesting of quotes and lists beyond this is refused. */
export const MAX_CONTAINER_DEPTH = 100;
/** Sum over paragraphs (and table rows, headings) of the square of their emphasis and link markers. */
const MARKER_BUDGET = 10_000_000;
/** Sum over quote and list blocks of the square of their lazy continuation lines. */
const LAZY_BUDGET = 4_000_000;

export interface BudgetExcess {
  /** The 1-based line where the costly block starts. */
  line: number;
  message: string;
}

/** The first place where the markdown exceeds what mdspec parses, or undefined when it does not. */
export function exceedsMarkdownBudget(source: string): BudgetExcess | undefined {
  const lines = source.split("\n");
  let markers = 0;
  let lazy = 0;
  let fence: { char: string; length: number } | undefined;
  let rawHtmlEnd: RegExp | undefined;
  let block = new Block(1);

  const closeBlock = (nextLine: number): BudgetExcess | undefined => {
    markers += block.paragraphMarkers ** 2 + block.separateMarkers;
    lazy += block.lazyLines ** 2;
    const start = block.start;
    block = new Block(nextLine);
    if (markers > MARKER_BUDGET) {
      return { line: start, message: "a paragraph or table cell has too many emphasis, link or bracket marks (`*`, `_`, `~`, `[`, `]`) to parse; split it into shorter paragraphs" };
    }
    if (lazy > LAZY_BUDGET) {
      return { line: start, message: "a quote or list item continues over too many unmarked lines to parse; prefix them with `>` or indent them" };
    }
    return undefined;
  };

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const number = i + 1;
    if (fence) {
      if (closesFence(line, fence)) fence = undefined;
      continue;
    }
    if (/^[ \t]*$/u.test(line)) {
      if (rawHtmlEnd === BLANK_LINE) rawHtmlEnd = undefined;
      const excess = closeBlock(number + 1);
      if (excess) return excess;
      continue;
    }
    if (rawHtmlEnd) {
      if (rawHtmlEnd !== BLANK_LINE && rawHtmlEnd.test(line)) rawHtmlEnd = undefined;
    } else {
      const opened = opensFence(line);
      if (opened) {
        // A fence interrupts a paragraph: what came before is a block of its own.
        const excess = closeBlock(number + 1);
        if (excess) return excess;
        fence = opened;
        continue;
      }
      rawHtmlEnd = opensRawHtml(line);
    }

    const prefix = containerPrefix(line);
    if (prefix.depth > MAX_CONTAINER_DEPTH) {
      return { line: number, message: `quotes or lists nest about ${prefix.depth} levels deep here; mdspec reads at most ${MAX_CONTAINER_DEPTH}` };
    }
    block.read(line, prefix);
    const stop = block.stopsHere(line) ? closeBlock(number + 1) : undefined;
    if (stop) return stop;
  }
  return closeBlock(lines.length + 1);
}

const BLANK_LINE = /^$/u;
const MARKER = /[*_~[\]]/gu;

interface Prefix {
  /** Number of `>` marks. */
  quotes: number;
  /** Whether the prefix holds a list marker. */
  listItem: boolean;
  /** Columns of whitespace in the prefix, tabs counted as four. */
  indent: number;
  /** A generous estimate of the container nesting. */
  depth: number;
}

/** The run of quote marks, list markers and indentation a line starts with. */
function containerPrefix(line: string): Prefix {
  const match = /^(?:[ \t]*(?:>|[-*+](?=[ \t]|$)|\d{1,9}[.)](?=[ \t]|$)))*[ \t]*/u.exec(line)![0];
  let quotes = 0;
  let listMarkers = 0;
  let indent = 0;
  for (const token of match.matchAll(/>|[-*+]|\d+[.)]|\t| /gu)) {
    if (token[0] === ">") quotes++;
    else if (token[0] === "\t") indent += 4;
    else if (token[0] === " ") indent++;
    else listMarkers++;
  }
  // A marker is followed by a space; more indentation than that nests a level per two columns.
  const markers = quotes + listMarkers;
  return { quotes, listItem: listMarkers > 0, indent, depth: markers + Math.floor(Math.max(0, indent - markers) / 2) };
}

/** A run of non-blank lines: at most one paragraph's inline content, unless a table splits it. */
class Block {
  /** Markers in lines that may all be one paragraph. */
  paragraphMarkers = 0;
  /** Markers of lines parsed on their own (table rows, headings), each count squared, summed. */
  separateMarkers = 0;
  lazyLines = 0;
  private inContainer = false;
  private previous: { line: string; prefix: Prefix; markers: number; lazy: boolean } | undefined;
  /** While in a table: the `>` count its rows share. */
  private tableQuotes: number | undefined;

  constructor(readonly start: number) {}

  read(line: string, prefix: Prefix): void {
    const markers = line.match(MARKER)?.length ?? 0;
    const lazy = this.inContainer && prefix.quotes === 0 && !prefix.listItem && prefix.indent < 2;
    if (lazy) this.lazyLines++;
    // An indented line may be inside a list item begun before a blank line.
    if (prefix.quotes > 0 || prefix.listItem || prefix.indent >= 2) this.inContainer = true;

    if (this.tableQuotes !== undefined) {
      if (line.includes("|") && prefix.quotes === this.tableQuotes && !prefix.listItem && !isHeadingLine(line)) {
        this.charge(markers);
        this.previous = { line, prefix, markers, lazy };
        return;
      }
      this.tableQuotes = undefined;
    }
    const header = this.previous;
    if (header && !header.lazy && isTableStart(header, line, prefix)) {
      // The header line was charged as paragraph text; a table charges it on its own.
      this.paragraphMarkers -= header.markers;
      this.charge(header.markers);
      this.charge(markers);
      this.tableQuotes = prefix.quotes;
    } else if (isHeadingLine(line)) {
      this.charge(markers);
    } else {
      this.paragraphMarkers += markers;
    }
    this.previous = { line, prefix, markers, lazy };
  }

  /** A heading line ends the paragraph before it and starts none. */
  stopsHere(line: string): boolean {
    return isHeadingLine(line) && this.tableQuotes === undefined;
  }

  private charge(markers: number): void {
    this.separateMarkers += markers ** 2;
  }
}

function isHeadingLine(line: string): boolean {
  return /^ {0,3}#{1,6}(?:[ \t]|$)/u.test(line);
}

/** Whether `line` is the delimiter row of a table whose header is `header`. */
function isTableStart(header: { line: string; prefix: Prefix }, line: string, prefix: Prefix): boolean {
  if (!line.includes("|") || !header.line.includes("|")) return false;
  if (header.prefix.listItem || prefix.listItem || header.prefix.quotes !== prefix.quotes) return false;
  if (header.prefix.indent - 2 * header.prefix.quotes > 3) return false;
  const delimiters = cells(line);
  if (!delimiters.every((cell) => /^[ \t]*:?-+:?[ \t]*$/u.test(cell))) return false;
  return delimiters.length === cells(header.line).length;
}

/** The cells of a table row, split at unescaped pipes. */
function cells(line: string): string[] {
  const row = line.replace(/^[ \t>]*/u, "").trim().replace(/^\|/u, "").replace(/(?<!\\)\|$/u, "");
  return row.split(/(?<!\\)\|/u);
}

/** A fence that opens at the start of a line: only there is it sure to be a fence at the top level. */
function opensFence(line: string): { char: string; length: number } | undefined {
  const match = /^(`{3,}|~{3,})(.*)$/u.exec(line);
  if (!match) return undefined;
  const [, run, info] = match as unknown as [string, string, string];
  if (run[0] === "`" && info.includes("`")) return undefined;
  return { char: run[0]!, length: run.length };
}

function closesFence(line: string, fence: { char: string; length: number }): boolean {
  const match = /^ {0,3}(`+|~+)[ \t]*$/u.exec(line);
  return match !== null && match[1]![0] === fence.char && match[1]!.length >= fence.length;
}

/**
 * HTML blocks in which a fence line is not a fence: comments, processing
 * instructions, `<script>` and the like run to their end marker, other tags
 * to the next blank line. Their lines are still charged as text.
 */
function opensRawHtml(line: string): RegExp | undefined {
  const match = /^ {0,3}<(!--|\?|!\[CDATA\[|![A-Za-z]|(?:script|pre|style|textarea)\b|\/?[A-Za-z])/iu.exec(line);
  if (!match) return undefined;
  const opener = match[1]!.toLowerCase();
  const end =
    opener === "!--"
      ? /-->/u
      : opener === "?"
        ? /\?>/u
        : opener === "![cdata["
          ? /\]\]>/u
          : opener.startsWith("!")
            ? />/u
            : /^(?:script|pre|style|textarea)$/u.test(opener)
              ? /<\/(?:script|pre|style|textarea)>/iu
              : BLANK_LINE;
  const rest = line.slice(match.index + match[0].length);
  return end !== BLANK_LINE && end.test(rest) ? undefined : end;
}

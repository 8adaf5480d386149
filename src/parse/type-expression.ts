/**
 * The syntax of a type cell, shared by every dialect: `*str*`,
 * `List[[models.X](x.md)]`, `[Optional[models.X]](x.md)`, `*string*[]`,
 * `Record<string, *any*>`, `"literal"`, `A | B`, `{ [k: string]: any }`,
 * `[**List[V1Container]**](V1Container.md)`, `**Array&lt;string&gt;**`,
 * `**dict(str, str)**`, the older Python clients' `[str]`,
 * `{str: (bool, int)}` and `bool, date, none_type` (a union), and Go's
 * `Pointer to **int64**`, `[]string`, `map[string]int32` and `interface{}`,
 * C#'s nullable `long?`, PHP's `\OpenAPI\Client\Model\Pet`, Rust's
 * `models::Category` and Swift's `[String: Int]`.
 *
 * Markdown is already parsed by remark; this module reads the cell's inline
 * nodes as a stream of tokens in which a link is one token carrying its
 * url and its own tokens. What the names mean (`str` is a string, `Optional`
 * makes a key optional) is the IR's business, not this module's.
 */
import { decodeHTML } from "entities";
import type { PhrasingContent } from "mdast";
import type { Point, Span } from "../base/span.js";
import { specStem } from "../base/spec-path.js";

export type TypeExpr =
  | { kind: "name"; name: string; link?: string; at: Span }
  /** `link`: a generic written inside a link, for one that names no type the link could lead to (`[Union[]](x.md)`). */
  | { kind: "generic"; name: string; args: TypeExpr[]; link?: string; at: Span }
  | { kind: "array"; items: TypeExpr; at: Span }
  | { kind: "literal"; value: string | number | boolean; at: Span }
  | { kind: "union"; members: TypeExpr[]; at: Span }
  | { kind: "index-signature"; values: TypeExpr; at: Span }
  /** A type that could not be read, already reported; a run that allows it (--allow-unresolved) types it unknown. */
  | { kind: "unreadable"; at: Span }
  /** Where the docs write no type at all: a link without text (`[****](.md)`, where a generator lost the type). */
  | { kind: "untyped"; at: Span };

type Token =
  | { t: "word"; value: string; at: Span }
  | { t: "string"; value: string; at: Span }
  | { t: "number"; value: number; at: Span }
  | { t: "punct"; value: string; at: Span }
  | { t: "link"; url: string; tokens: Token[]; at: Span };

export class TypeSyntaxError extends Error {
  constructor(
    message: string,
    readonly at: Span,
  ) {
    super(message);
  }
}

/** Nesting deeper than this is refused rather than risking the stack. */
const MAX_DEPTH = 64;

const PUNCTUATION = new Set(["[", "]", "<", ">", ",", "|", "(", ")", "{", "}", ":", "?", ";"]);

/** HTML entities OpenAPI Generator writes for type punctuation: `Array&lt;string&gt;`. */
const ENTITIES = new Map([
  ["&lt;", "<"],
  ["&gt;", ">"],
  ["&#60;", "<"],
  ["&#62;", ">"],
]);

/**
 * Reads a type from the inline content of a table cell. Runs of nodes between
 * links are read from the markdown source rather than from remark's text, so
 * that `*"__encrypted__"*` stays a string and is not read as bold text.
 */
export function parseTypeCell(nodes: readonly PhrasingContent[], source: string, fallback: Span): TypeExpr {
  const tokens = tokenizeNodes(nodes, source, fallback);
  return parseTokens(tokens, fallback);
}

/** Reads a type from plain text, such as a `### \`X\`` heading or a values code block. */
export function parseTypeText(text: string, start: Point): TypeExpr {
  const tokens = tokenizeText(text, start);
  return parseTokens(tokens, { start, end: advance(start, text) });
}

function parseTokens(tokens: Token[], whole: Span): TypeExpr {
  if (tokens.length === 0) throw new TypeSyntaxError("the type is empty", whole);
  const parser = new Parser(tokens);
  // Older Python clients list a value's types with commas: `bool, date, none_type`.
  const expr = parser.list(0);
  parser.expectEnd();
  return expr;
}

function tokenizeNodes(nodes: readonly PhrasingContent[], source: string, fallback: Span): Token[] {
  const tokens: Token[] = [];
  let run: PhrasingContent[] = [];
  const flush = (): void => {
    if (run.length === 0) return;
    const first = run[0]!.position;
    const last = run[run.length - 1]!.position;
    if (first?.start.offset !== undefined && last?.end.offset !== undefined) {
      tokens.push(...tokenizeText(source.slice(first.start.offset, last.end.offset), pointOf(first.start)));
    } else {
      // Nodes made up by an earlier stage (the newline joining a continued cell) have no source.
      for (const node of run) if ("value" in node) tokens.push(...tokenizeText(node.value, fallback.start));
    }
    run = [];
  };
  for (const node of nodes) {
    if (node.type === "link") {
      flush();
      const at = node.position ? { start: pointOf(node.position.start), end: pointOf(node.position.end) } : fallback;
      tokens.push({ t: "link", url: node.url, tokens: tokenizeNodes(node.children, source, at), at });
    } else if (node.type === "html" && LINE_BREAK.test(node.value)) {
      flush(); // `<br/>` carries no type information.
    } else if ((node.type === "emphasis" || node.type === "strong") && underscored(node, nodes, source)) {
      // `_string_`, as prettier rewrites `*string*`: the underscores are decoration, though a name may hold them.
      // What they hold is read from the source as one run (`_"__encrypted__"_` is a string), but for links in it.
      flush();
      if (node.children.some((child) => child.type === "link")) tokens.push(...tokenizeNodes(node.children, source, fallback));
      else run.push(...node.children);
      flush();
    } else {
      // Other "HTML" is a type argument markdown mistook for a tag (`Array<string>`): read it as source.
      run.push(node);
    }
  }
  flush();
  return tokens;
}

/**
 * Whether emphasis is written with underscores (`_string_`, `__string__`),
 * which a name's own underscores are not, outside a string literal, whose
 * underscores are its text (`"_a_"`).
 */
function underscored(node: PhrasingContent, siblings: readonly PhrasingContent[], source: string): boolean {
  const offset = node.position?.start.offset;
  const from = siblings[0]?.position?.start.offset;
  if (offset === undefined || from === undefined || source[offset] !== "_") return false;
  let quote: string | undefined;
  for (let i = from; i < offset; i++) {
    const ch = source[i]!;
    if (quote === undefined) {
      if (ch === '"' || ch === "'") quote = ch;
    } else if (ch === "\\") i++;
    else if (ch === quote) quote = undefined;
  }
  return quote === undefined;
}

const WORD = /[\p{L}\p{N}_$.-]/u;

/** An HTML line break (`<br>`, `<br/>`), which tables use inside cells. */
const LINE_BREAK = /^<br\s*\/?>$/iu;

/**
 * Makes the tokens from the last unmatched `[` to the `]` that ends them a
 * link to `url`. Java's docs link a map of an inline enum to its anchor,
 * `[**Map&lt;String, InnerEnum&gt;**](#Map&lt;String, InnerEnum&gt;)`, which
 * markdown reads as text: a link's destination cannot hold a space.
 */
function linkToAnchor(tokens: Token[], url: string, end: Point): void {
  let depth = 0;
  for (let k = tokens.length - 1; k >= 0; k--) {
    const token = tokens[k]!;
    if (token.t !== "punct") continue;
    if (token.value === "]") depth++;
    else if (token.value === "[" && --depth === 0) {
      const inner = tokens.splice(k).slice(1, -1);
      tokens.push({ t: "link", url, tokens: inner, at: { start: token.at.start, end } });
      return;
    }
  }
}

function isPunct(token: Token | undefined, value: string): boolean {
  return token?.t === "punct" && token.value === value;
}

function tokenizeText(text: string, start: Point): Token[] {
  const tokens: Token[] = [];
  let line = start.line;
  let column = start.column;
  let i = 0;
  const here = (): Point => ({ line, column });
  const step = (count: number): void => {
    for (let k = 0; k < count; k++) {
      if (text[i] === "\n") {
        line++;
        column = 1;
      } else column++;
      i++;
    }
  };
  while (i < text.length) {
    const ch = text[i]!;
    const from = here();
    if (/\s/u.test(ch) || ch === "*" || ch === "`" || ch === "\\") {
      // Emphasis markers, code span backticks (`` `*int*` ``) and escapes (`\|`) are decoration.
      step(1);
    } else if (ch === '"' || ch === "'") {
      let j = i + 1;
      let value = "";
      while (j < text.length && text[j] !== ch) {
        if (text[j] === "\\" && j + 1 < text.length) {
          const escape = readEscape(text, j + 1);
          value += escape.value;
          j += 1 + escape.length;
          continue;
        }
        value += text[j];
        j++;
      }
      if (j >= text.length) {
        step(text.length - i);
        throw new TypeSyntaxError("unterminated string literal", { start: from, end: here() });
      }
      step(j + 1 - i);
      tokens.push({ t: "string", value, at: { start: from, end: here() } });
    } else if (ch === "(" && text[i + 1] === "#" && isPunct(tokens.at(-1), "]") && text.includes(")", i)) {
      const end = text.indexOf(")", i);
      const url = decodeHTML(text.slice(i + 1, end));
      step(end + 1 - i);
      linkToAnchor(tokens, url, here());
    } else if (ch === ":" && text[i + 1] === ":" && WORD.test(text[i + 2] ?? "")) {
      // Rust's absolute path, `::std::collections::HashMap`, is the path.
      step(2);
    } else if (PUNCTUATION.has(ch)) {
      step(1);
      tokens.push({ t: "punct", value: ch, at: { start: from, end: here() } });
    } else if (ch === "&" && ENTITIES.has(entityAt(text, i))) {
      const entity = entityAt(text, i);
      step(entity.length);
      tokens.push({ t: "punct", value: ENTITIES.get(entity)!, at: { start: from, end: here() } });
    } else if (WORD.test(ch)) {
      let j = i;
      let value = "";
      for (; j < text.length; j++) {
        const next = text[j]!;
        if (WORD.test(next)) value += next;
        // PHP's namespaces: `\OpenAPI\Client\Model\Pet` is `OpenAPI.Client.Model.Pet`.
        else if (next === "\\" && /\p{L}/u.test(text[j + 1] ?? "")) value += ".";
        // Rust's paths: `models::Category` is `models.Category`.
        else if (next === ":" && text[j + 1] === ":" && WORD.test(text[j + 2] ?? "")) {
          value += ".";
          j++;
        }
        // A markdown escape inside a name: `snake\_case`.
        else if (next === "\\" && WORD.test(text[j + 1] ?? "")) {
          value += text[j + 1];
          j++;
        } else break;
      }
      step(j - i);
      const at = { start: from, end: here() };
      if (/^-?\d+(\.\d+)?$/u.test(value)) {
        const number = Number(value);
        if (!Number.isFinite(number)) throw new TypeSyntaxError(`the number ${abbreviate(value)} is too large`, at);
        tokens.push({ t: "number", value: number, at });
      } else tokens.push({ t: "word", value, at });
    } else {
      step(1);
      throw new TypeSyntaxError(`unexpected character ${JSON.stringify(ch)}`, { start: from, end: here() });
    }
  }
  return tokens;
}

function entityAt(text: string, at: number): string {
  const end = text.indexOf(";", at);
  return end === -1 || end - at > 5 ? "" : text.slice(at, end + 1);
}

const SINGLE_ESCAPES: Record<string, string> = { n: "\n", r: "\r", t: "\t", b: "\b", f: "\f", v: "\v", "0": "\0" };
const CODE_ESCAPE = /^(?:u\{([0-9a-fA-F]{1,6})\}|u([0-9a-fA-F]{4})|x([0-9a-fA-F]{2}))/u;

/**
 * The escape after a backslash in a string literal, as JavaScript reads it:
 * `\n`, `\u0041`, `\u{1F600}`, `\x41`; any other character stands for itself.
 */
function readEscape(text: string, at: number): { value: string; length: number } {
  const code = CODE_ESCAPE.exec(text.slice(at, at + 10));
  if (code) {
    const point = parseInt(code[1] ?? code[2] ?? code[3]!, 16);
    if (point <= 0x10ffff) return { value: String.fromCodePoint(point), length: code[0].length };
  }
  const char = String.fromCodePoint(text.codePointAt(at)!);
  return { value: SINGLE_ESCAPES[char] ?? char, length: char.length };
}

class Parser {
  private index = 0;

  constructor(
    private readonly tokens: Token[],
    private readonly link?: string,
  ) {}

  union(depth: number): TypeExpr {
    if (depth > MAX_DEPTH) throw new TypeSyntaxError(`the type nests deeper than ${MAX_DEPTH} levels`, this.spanHere());
    const first = this.postfix(depth);
    const members = [first];
    while (this.isPunct("|")) {
      this.index++;
      members.push(this.postfix(depth));
    }
    if (members.length === 1) return first;
    return { kind: "union", members, at: join(first.at, members[members.length - 1]!.at) };
  }

  /** A union, or several separated by commas: a union of them all. */
  list(depth: number): TypeExpr {
    const first = this.union(depth);
    if (!this.isPunct(",")) return first;
    const members = [first];
    while (this.isPunct(",")) {
      this.index++;
      // `str, int, ` with a trailing comma, as the older Python clients write it.
      if (this.index >= this.tokens.length || this.isPunct(")")) break;
      members.push(this.union(depth));
    }
    return { kind: "union", members, at: join(first.at, members[members.length - 1]!.at) };
  }

  expectEnd(): void {
    const token = this.tokens[this.index];
    if (token) throw new TypeSyntaxError(`unexpected ${describe(token)}`, token.at);
  }

  private postfix(depth: number): TypeExpr {
    let expr = this.primary(depth);
    // `long?`: C#'s nullable type, read as the wrapper the Python docs write, `Nullable[long]`.
    if (this.isPunct("?")) {
      const mark = this.tokens[this.index++]!;
      expr = { kind: "generic", name: "Nullable", args: [expr], at: join(expr.at, mark.at) };
    }
    // `X[]`: a `[` directly followed by `]`. (`X[Y]` is a generic, read in primary.)
    // Each `[]` is a level of nesting like `List[...]`, and counts against the same limit.
    for (let level = depth + 1; this.isPunct("[") && this.peekPunct(1, "]"); level++) {
      const close = this.tokens[this.index + 1]!;
      if (level > MAX_DEPTH) throw new TypeSyntaxError(`the type nests deeper than ${MAX_DEPTH} levels`, close.at);
      this.index += 2;
      expr = { kind: "array", items: expr, at: join(expr.at, close.at) };
    }
    return expr;
  }

  private primary(depth: number): TypeExpr {
    // Go's `[]X`, `map[K]V` and `Pointer to X` nest through here without a union between.
    if (depth > MAX_DEPTH) throw new TypeSyntaxError(`the type nests deeper than ${MAX_DEPTH} levels`, this.spanHere());
    const token = this.tokens[this.index];
    if (!token) throw new TypeSyntaxError("the type ends too early", this.spanHere());
    this.index++;
    switch (token.t) {
      case "string":
        return { kind: "literal", value: token.value, at: token.at };
      case "number":
        return { kind: "literal", value: token.value, at: token.at };
      case "link": {
        if (token.tokens.length === 0) {
          // Swagger Codegen writes `[****](.md)` where it lost the type; a link to a page names its model all the same.
          const path = token.url.split("#")[0]!;
          const stem = isExternal(token.url) ? "" : specStem(path.slice(path.lastIndexOf("/") + 1));
          return stem === "" ? { kind: "untyped", at: token.at } : { kind: "name", name: stem, link: token.url, at: token.at };
        }
        const inner = new Parser(token.tokens, token.url);
        try {
          // `[**[ObjectSummary], none_type**](ObjectSummary.md)`: a link's text may list a union with commas.
          const expr = inner.list(depth + 1);
          inner.expectEnd();
          return expr;
        } catch (error) {
          // A link out of the docs names a type of the SDK's language or its libraries, whose docs are elsewhere and
          // which the cell need not spell as a type (`[AxiosResponse>](https://axios-http.com/…)`): its name is its text.
          if (!(error instanceof TypeSyntaxError) || !isExternal(token.url)) throw error;
          return { kind: "name", name: textOf(token.tokens), link: token.url, at: token.at };
        }
      }
      case "word":
        // Go's docs write `Pointer to **int64**` for a field that may be left out, which the Notes say too.
        if (token.value === "Pointer" && this.isWord("to") && this.index + 1 < this.tokens.length) {
          this.index++;
          return this.postfix(depth + 1);
        }
        if (token.value === "interface" && this.isPunct("{") && this.peekPunct(1, "}")) {
          const end = this.tokens[this.index + 1]!;
          this.index += 2;
          return { kind: "name", name: "interface{}", at: join(token.at, end.at) };
        }
        if (token.value === "map" && this.isPunct("[")) return this.goMap(token, depth);
        // `Union[]`: Speakeasy's older Python docs write a union whose members they lost so, which is no array.
        if (token.value === "Union" && this.isPunct("[") && this.peekPunct(1, "]")) {
          const end = this.tokens[this.index + 1]!;
          this.index += 2;
          return { kind: "generic", name: "Union", args: [], ...(this.link !== undefined && { link: this.link }), at: join(token.at, end.at) };
        }
        if (this.isPunct("[") && !this.peekPunct(1, "]")) return this.generic(token, "[", "]", depth);
        if (this.isPunct("<")) return this.generic(token, "<", ">", depth);
        if (this.isPunct("(")) return this.generic(token, "(", ")", depth);
        // Julia's `Vector{String}`, `Dict{String, Any}`.
        if (this.isPunct("{")) return this.generic(token, "{", "}", depth);
        return this.link === undefined
          ? { kind: "name", name: token.value, at: token.at }
          : { kind: "name", name: token.value, link: this.link, at: token.at };
      case "punct":
        if (token.value === "(") {
          const expr = this.list(depth + 1);
          this.expect(")");
          return expr;
        }
        if (token.value === "[" && this.isPunct("]")) {
          // `[]string`: Go's slice.
          this.index++;
          const items = this.primary(depth + 1);
          return { kind: "array", items, at: join(token.at, items.at) };
        }
        if (token.value === "[") {
          // `[str]`: the older Python clients' list (Swift's and JavaScript's too); `[bool, date, str]`, of a union.
          const items = this.list(depth + 1);
          // `[**time.Time**` and nothing after: a link whose target Go's docs leave out.
          if (this.index >= this.tokens.length) return items;
          if (this.isPunct(":")) {
            // `[String: Int]`: Swift's dictionary.
            this.index++;
            const values = this.union(depth + 1);
            const end = this.expect("]");
            return { kind: "index-signature", values, at: join(token.at, end.at) };
          }
          const end = this.expect("]");
          return { kind: "array", items, at: join(token.at, end.at) };
        }
        if (token.value === "{") return this.isPunct("[") ? this.indexSignature(token, depth) : this.pythonDict(token, depth);
        throw new TypeSyntaxError(`unexpected ${describe(token)}`, token.at);
    }
  }

  private generic(head: Token & { t: "word" }, open: string, close: string, depth: number): TypeExpr {
    this.index++; // the opening bracket
    const args: TypeExpr[] = [this.union(depth + 1)];
    while (this.isPunct(",")) {
      this.index++;
      args.push(this.union(depth + 1));
    }
    const end = this.expect(close);
    return { kind: "generic", name: head.value, args, at: join(head.at, end.at) };
  }

  /** `map[string]V`, Go's map; `map[K, V]` is read as the generic it looks like. */
  private goMap(head: Token & { t: "word" }, depth: number): TypeExpr {
    const generic = this.generic(head, "[", "]", depth);
    const next = this.tokens[this.index];
    const valueFollows = next !== undefined && (next.t !== "punct" || next.value === "[" || next.value === "(");
    if (generic.kind !== "generic" || generic.args.length !== 1 || !valueFollows) return generic;
    const values = this.primary(depth + 1);
    return { kind: "generic", name: "map", args: [generic.args[0]!, values], at: join(head.at, values.at) };
  }

  /** `{ [k: string]: V }`, the TypeScript docs' spelling of a map. */
  private indexSignature(open: Token, depth: number): TypeExpr {
    this.expect("[");
    this.expectWord();
    this.expect(":");
    this.expectWord();
    this.expect("]");
    this.expect(":");
    const values = this.union(depth + 1);
    if (this.isPunct(";")) this.index++;
    const end = this.expect("}");
    return { kind: "index-signature", values, at: join(open.at, end.at) };
  }

  /** `{str: (bool, int)}`: the older Python clients' map. */
  private pythonDict(open: Token, depth: number): TypeExpr {
    this.expectWord();
    this.expect(":");
    const values = this.union(depth + 1);
    const end = this.expect("}");
    return { kind: "index-signature", values, at: join(open.at, end.at) };
  }

  private expect(value: string): Token {
    const token = this.tokens[this.index];
    if (!token || token.t !== "punct" || token.value !== value) {
      throw new TypeSyntaxError(
        `expected "${value}" but found ${token ? describe(token) : "the end of the type"}`,
        token?.at ?? this.spanHere(),
      );
    }
    this.index++;
    return token;
  }

  private expectWord(): Token {
    const token = this.tokens[this.index];
    if (!token || token.t !== "word") {
      throw new TypeSyntaxError(`expected a name but found ${token ? describe(token) : "the end of the type"}`, token?.at ?? this.spanHere());
    }
    this.index++;
    return token;
  }

  private isWord(value: string): boolean {
    const token = this.tokens[this.index];
    return token !== undefined && token.t === "word" && token.value === value;
  }

  private isPunct(value: string): boolean {
    return this.peekPunct(0, value);
  }

  private peekPunct(offset: number, value: string): boolean {
    const token = this.tokens[this.index + offset];
    return token !== undefined && token.t === "punct" && token.value === value;
  }

  private spanHere(): Span {
    const token = this.tokens[Math.min(this.index, this.tokens.length - 1)];
    return token ? token.at : { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } };
  }
}

function describe(token: Token): string {
  switch (token.t) {
    case "word":
      return `"${token.value}"`;
    case "string":
      return `string ${JSON.stringify(token.value)}`;
    case "number":
      return `number ${token.value}`;
    case "punct":
      return `"${token.value}"`;
    case "link":
      return `link to ${token.url}`;
  }
}

/** Tokens as the text they were read from, near enough to name what they spell. */
function textOf(tokens: readonly Token[]): string {
  return tokens.map((token) => (token.t === "link" ? textOf(token.tokens) : token.t === "string" ? JSON.stringify(token.value) : String(token.value))).join("");
}

/** A link with a scheme (`https:`, `mailto:`) leads out of the docs. */
export function isExternal(link: string): boolean {
  return /^[a-z][a-z0-9+.-]*:/iu.test(link);
}

function abbreviate(text: string): string {
  return text.length > 24 ? `${text.slice(0, 12)}…${text.slice(-6)}` : text;
}

function join(a: Span, b: Span): Span {
  return { start: a.start, end: b.end };
}

function pointOf(p: { line: number; column: number }): Point {
  return { line: p.line, column: p.column };
}

function advance(start: Point, text: string): Point {
  const lines = text.split("\n");
  return lines.length === 1
    ? { line: start.line, column: start.column + text.length }
    : { line: start.line + lines.length - 1, column: lines[lines.length - 1]!.length + 1 };
}

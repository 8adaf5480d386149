import type { Root, Table } from "mdast";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { describe, expect, it } from "vitest";
import type { Point, Span } from "../../src/ir/types.js";
import { spanOf } from "../../src/parse/position.js";
import { parseTypeCell, parseTypeText, TypeSyntaxError, type TypeExpr } from "../../src/parse/type-expression.js";

const processor = unified().use(remarkParse).use(remarkGfm);

/**
 * Reads `cell` as the only cell of a one-column table, the way a field table's
 * Type cell is read. The cell's text starts on line 3, column 3 (`| ` + text).
 */
function cell(markdown: string): TypeExpr {
  const source = `| Type |\n| --- |\n| ${markdown} |\n`;
  const tree = processor.parse(source) as Root;
  const table = tree.children[0] as Table;
  const typeCell = table.children[1]!.children[0]!;
  return parseTypeCell(typeCell.children, source, spanOf(typeCell));
}

function text(type: string, start: Point = { line: 1, column: 1 }): TypeExpr {
  return parseTypeText(type, start);
}

/** The same expression without positions, for tests about structure. */
type Shape =
  | { kind: "name"; name: string; link?: string }
  | { kind: "generic"; name: string; args: Shape[] }
  | { kind: "array"; items: Shape }
  | { kind: "literal"; value: string | number | boolean }
  | { kind: "union"; members: Shape[] }
  | { kind: "index-signature"; values: Shape };

function shape(expr: TypeExpr): Shape {
  return JSON.parse(JSON.stringify(expr, (key, value: unknown) => (key === "at" ? undefined : value))) as Shape;
}

const name = (value: string, link?: string): Shape =>
  link === undefined ? { kind: "name", name: value } : { kind: "name", name: value, link };
const generic = (value: string, ...args: Shape[]): Shape => ({ kind: "generic", name: value, args });
const array = (items: Shape): Shape => ({ kind: "array", items });
const literal = (value: string | number | boolean): Shape => ({ kind: "literal", value });
const union = (...members: Shape[]): Shape => ({ kind: "union", members });

/** A span on one line, end column exclusive as in unist. */
function span(line: number, from: number, to: number): Span {
  return { start: { line, column: from }, end: { line, column: to } };
}

function syntaxError(read: () => unknown): { message: string; at: Span } {
  try {
    read();
  } catch (error) {
    if (error instanceof TypeSyntaxError) return { message: error.message, at: error.at };
    throw error;
  }
  throw new Error("expected a TypeSyntaxError, but the type was read");
}

describe("primitive names", () => {
  it.each([
    ["*str*", "str"],
    ["*int*", "int"],
    ["*float*", "float"],
    ["*bool*", "bool"],
    ["*Any*", "Any"],
  ])("reads the Python docs' %s as the name %s", (markdown, expected) => {
    expect(shape(cell(markdown))).toEqual(name(expected));
  });

  it.each([
    ["*string*", "string"],
    ["*number*", "number"],
    ["*boolean*", "boolean"],
    ["*any*", "any"],
  ])("reads the TypeScript docs' %s as the name %s", (markdown, expected) => {
    expect(shape(cell(markdown))).toEqual(name(expected));
  });

  it("places a name inside its emphasis markers", () => {
    expect(cell("*str*")).toEqual({ kind: "name", name: "str", at: span(3, 4, 7) });
  });

  it("reads a type written in a code span (`` `*int*` ``) like the bare type", () => {
    expect(cell("`*int*`")).toEqual({ kind: "name", name: "int", at: span(3, 5, 8) });
  });

  it("ignores a `<br/>` after the type", () => {
    expect(shape(cell("*str*<br/>"))).toEqual(name("str"));
  });
});

describe("arrays", () => {
  it("reads `List[*str*]` as the generic List of str, spanning the whole expression", () => {
    expect(cell("List[*str*]")).toEqual({
      kind: "generic",
      name: "List",
      args: [{ kind: "name", name: "str", at: span(3, 9, 12) }],
      at: span(3, 3, 14),
    });
  });

  it("reads the lower-case `list[...]` spelling the same way", () => {
    expect(shape(cell("list[*int*]"))).toEqual(generic("list", name("int")));
  });

  it("reads `*string*[]` as an array of string", () => {
    expect(cell("*string*[]")).toEqual({
      kind: "array",
      items: { kind: "name", name: "string", at: span(3, 4, 10) },
      at: span(3, 4, 13),
    });
  });

  it("reads `*X*[][]` as an array of arrays", () => {
    expect(shape(cell("*X*[][]"))).toEqual(array(array(name("X"))));
  });

  it("reads `Array<string>` as a generic although markdown takes `<string>` for an HTML tag", () => {
    expect(shape(cell("Array<string>"))).toEqual(generic("Array", name("string")));
  });
});

describe("separators in a name", () => {
  it("read PHP's namespace separators as dots, and a markdown escape as the character it escapes", () => {
    expect(shape(cell("[**\\OpenAPI\\Client\\Model\\Tag[]**](Tag.md)"))).toEqual(array(name("OpenAPI.Client.Model.Tag", "Tag.md")));
    expect(shape(cell("**\\DateTime**"))).toEqual(name("DateTime"));
    expect(shape(cell("*snake\\_case*"))).toEqual(name("snake_case"));
  });

  it("read Rust's `::` paths as dots, a single colon still being punctuation", () => {
    expect(shape(cell("[**crate::models::Category**](Category.md)"))).toEqual(name("crate.models.Category", "Category.md"));
    expect(shape(cell("{ [key: string]: number }"))).toEqual({ kind: "index-signature", values: name("number") });
    // An absolute path (Fastly's `::std::collections::HashMap`) is the path.
    expect(shape(cell("**::std::collections::HashMap&lt;String, i32&gt;**"))).toEqual({ kind: "generic", name: "std.collections.HashMap", args: [name("String"), name("i32")] });
  });
});

describe("Go's docs", () => {
  it("reads `Pointer to X` as X: the Notes say whether the field may be left out", () => {
    expect(shape(cell("Pointer to **int64**"))).toEqual(name("int64"));
    expect(shape(cell("Pointer to [**Category**](Category.md)"))).toEqual(name("Category", "Category.md"));
  });

  it("reads `[]X` as a slice, nested and linked", () => {
    expect(shape(cell("**[]string**"))).toEqual(array(name("string")));
    expect(shape(cell("[**[][]Tag**](array.md)"))).toEqual(array(array(name("Tag", "array.md"))));
  });

  it("reads `map[K]V` as a map of V, nested; `map[K, V]` stays the generic it looks like", () => {
    expect(shape(cell("**map[string]float64**"))).toEqual(generic("map", name("string"), name("float64")));
    expect(shape(cell("**map[string]map[string][]string**"))).toEqual(
      generic("map", name("string"), generic("map", name("string"), array(name("string")))),
    );
    expect(shape(cell("**map[string]interface{}**"))).toEqual(generic("map", name("string"), name("interface{}")));
    expect(shape(cell("**map[string, int]**"))).toEqual(generic("map", name("string"), name("int")));
  });

  it("reads `[**time.Time**` with nothing after it, a link whose target the docs leave out, as the name", () => {
    expect(shape(cell("Pointer to [**time.Time**"))).toEqual(name("time.Time"));
    // An opening bracket with more after it is still a list that must close.
    expect(syntaxError(() => cell("[**str**]x")).message).toBe('unexpected "x"');
  });
});

describe("maps", () => {
  it("reads `Dict[str, *Any*]` as Dict with a key and a value type", () => {
    expect(shape(cell("Dict[str, *Any*]"))).toEqual(generic("Dict", name("str"), name("Any")));
  });

  it("reads `Record<string, *any*>` with angle brackets", () => {
    expect(cell("Record<string, *any*>")).toEqual({
      kind: "generic",
      name: "Record",
      args: [
        { kind: "name", name: "string", at: span(3, 10, 16) },
        { kind: "name", name: "any", at: span(3, 19, 22) },
      ],
      at: span(3, 3, 24),
    });
  });

  it("reads `Record<string, Record<string, *any*>>`, closing both with `>>`", () => {
    expect(shape(cell("Record<string, Record<string, *any*>>"))).toEqual(
      generic("Record", name("string"), generic("Record", name("string"), name("any"))),
    );
  });

  it("reads `List[Dict[str, List[*float*]]]`, closing three brackets in a row", () => {
    expect(shape(cell("List[Dict[str, List[*float*]]]"))).toEqual(
      generic("List", generic("Dict", name("str"), generic("List", name("float")))),
    );
  });

  it("reads `Record<string, *any*>[]` as an array of records", () => {
    expect(shape(cell("Record<string, *any*>[]"))).toEqual(array(generic("Record", name("string"), name("any"))));
  });

  it("reads the union heading syntax `{ [k: string]: any }` as an index signature", () => {
    expect(text("{ [k: string]: any }", { line: 7, column: 6 })).toEqual({
      kind: "index-signature",
      values: { kind: "name", name: "any", at: span(7, 21, 24) },
      at: span(7, 6, 26),
    });
  });

  it("accepts a semicolon after the index signature's value type", () => {
    expect(shape(text("{ [key: string]: number; }"))).toEqual({ kind: "index-signature", values: name("number") });
  });
});

describe("links", () => {
  it("reads `[models.X](../x.md)` as the name models.X carrying the link, placed at the link text", () => {
    expect(cell("[models.X](../x.md)")).toEqual({ kind: "name", name: "models.X", link: "../x.md", at: span(3, 4, 12) });
  });

  it("reads `List[[models.X](x.md)]` as a List of a linked reference", () => {
    expect(cell("List[[models.X](x.md)]")).toEqual({
      kind: "generic",
      name: "List",
      args: [{ kind: "name", name: "models.X", link: "x.md", at: span(3, 9, 17) }],
      at: span(3, 3, 25),
    });
  });

  it("reads `[Optional[models.X]](x.md)`: the wrapper is inside the link text, the link goes to the name", () => {
    expect(shape(cell("[Optional[models.X]](x.md)"))).toEqual(generic("Optional", name("models.X", "x.md")));
  });

  it("reads `[components.X](x.md)[]` as an array of a linked reference", () => {
    expect(cell("[components.X](x.md)[]")).toEqual({
      kind: "array",
      items: { kind: "name", name: "components.X", link: "x.md", at: span(3, 4, 16) },
      at: span(3, 4, 25),
    });
  });

  it("reads an unlinked `*components.X*[]` as an array of a name without a link", () => {
    expect(shape(cell("*components.X*[]"))).toEqual(array(name("components.X")));
  });

  it("reads `[File](https://x) \\| [Blob](https://y)` as a union; the escaped pipe does not end the cell", () => {
    expect(cell("[File](https://x) \\| [Blob](https://y)")).toEqual({
      kind: "union",
      members: [
        { kind: "name", name: "File", link: "https://x", at: span(3, 4, 8) },
        { kind: "name", name: "Blob", link: "https://y", at: span(3, 25, 29) },
      ],
      at: span(3, 4, 29),
    });
  });

  it("reads a generic whose argument is a link: `AsyncIterable<[components.Event](event.md)>`", () => {
    expect(shape(cell("AsyncIterable<[components.Event](event.md)>"))).toEqual(
      generic("AsyncIterable", name("components.Event", "event.md")),
    );
  });
});

describe("literals", () => {
  it('reads `*"entry"*` as the string literal entry, quotes included in its span', () => {
    expect(cell('*"entry"*')).toEqual({ kind: "literal", value: "entry", at: span(3, 4, 11) });
  });

  it('reads `*"__encrypted__"*` as a string: the underscores are not bold markers', () => {
    expect(cell('*"__encrypted__"*')).toEqual({ kind: "literal", value: "__encrypted__", at: span(3, 4, 19) });
  });

  it("reads emphasis written with underscores, as prettier writes `*string*`, as decoration, and a name's own underscores as the name's", () => {
    expect(cell("_string_")).toEqual({ kind: "name", name: "string", at: span(3, 4, 10) });
    expect(shape(cell("_string_[]"))).toEqual({ kind: "array", items: { kind: "name", name: "string" } });
    expect(shape(cell("Record<string, _any_>"))).toEqual({ kind: "generic", name: "Record", args: [{ kind: "name", name: "string" }, { kind: "name", name: "any" }] });
    expect(shape(cell("_ReadableStream<Uint8Array>_"))).toEqual({ kind: "generic", name: "ReadableStream", args: [{ kind: "name", name: "Uint8Array" }] });
    expect(shape(cell("__string__"))).toEqual({ kind: "name", name: "string" });
    expect(shape(cell("*none_type*"))).toEqual({ kind: "name", name: "none_type" });
    expect(shape(cell("**list_t**"))).toEqual({ kind: "name", name: "list_t" });
    expect(shape(cell('_"__encrypted__"_'))).toEqual({ kind: "literal", value: "__encrypted__" });
    expect(shape(cell('Literal["_\\"_"]'))).toEqual({ kind: "generic", name: "Literal", args: [{ kind: "literal", value: '_"_' }] });
    expect(shape(cell("*\"a _b_ c\"*"))).toEqual({ kind: "literal", value: "a _b_ c" });
  });

  it("reads single-quoted strings and escaped quotes", () => {
    expect(shape(text(`'it' | "say \\"hi\\""`))).toEqual(union(literal("it"), literal('say "hi"')));
  });

  it("reads the JavaScript escapes in a string: `\\n`, `\\u00e9`, `\\u{e9}`, `\\x41`, `\\\\`", () => {
    expect(shape(text(String.raw`"a\tb\n" | "\u00e9\u{e9}\x41" | "back\\slash" | "\q"`))).toEqual(
      union(literal("a\tb\n"), literal("ééA"), literal("back\\slash"), literal("q")),
    );
  });

  it('reads `*Literal["a"]*` as the generic Literal of a string literal', () => {
    expect(shape(cell('*Literal["a"]*'))).toEqual(generic("Literal", literal("a")));
  });

  it('reads `*Optional[Literal["a"]]*` as a wrapper around a Literal', () => {
    expect(shape(cell('*Optional[Literal["a"]]*'))).toEqual(generic("Optional", generic("Literal", literal("a"))));
  });

  it("reads `*true*` and `Literal[False]` as names (their meaning is the IR's business)", () => {
    expect(shape(cell("*true*"))).toEqual(name("true"));
    expect(shape(cell("Literal[False]"))).toEqual(generic("Literal", name("False")));
  });

  it("reads integers, decimals and negative numbers as number literals", () => {
    expect(shape(text("Literal[1, 2.5, -3]"))).toEqual(generic("Literal", literal(1), literal(2.5), literal(-3)));
  });
});

describe("unions and other generics", () => {
  it("reads `*Union[bytes, IO[bytes], io.BufferedReader]*` with a dotted name among the arguments", () => {
    expect(shape(cell("*Union[bytes, IO[bytes], io.BufferedReader]*"))).toEqual(
      generic("Union", name("bytes"), generic("IO", name("bytes")), name("io.BufferedReader")),
    );
  });

  it("reads `EventStream<operations.X>` as a generic of a namespaced name", () => {
    expect(cell("EventStream<operations.X>")).toEqual({
      kind: "generic",
      name: "EventStream",
      args: [{ kind: "name", name: "operations.X", at: span(3, 15, 27) }],
      at: span(3, 3, 28),
    });
  });

  it("reads a values code block `\"a\" | \"b\" | Unrecognized<string>` from the given start point", () => {
    expect(text('"a" | "b" | Unrecognized<string>', { line: 12, column: 1 })).toEqual({
      kind: "union",
      members: [
        { kind: "literal", value: "a", at: span(12, 1, 4) },
        { kind: "literal", value: "b", at: span(12, 7, 10) },
        {
          kind: "generic",
          name: "Unrecognized",
          args: [{ kind: "name", name: "string", at: span(12, 26, 32) }],
          at: span(12, 13, 33),
        },
      ],
      at: span(12, 1, 33),
    });
  });

  it("counts lines in text that runs over several lines", () => {
    expect(text('"a"\n| "b"', { line: 4, column: 1 })).toEqual({
      kind: "union",
      members: [
        { kind: "literal", value: "a", at: span(4, 1, 4) },
        { kind: "literal", value: "b", at: span(5, 3, 6) },
      ],
      at: { start: { line: 4, column: 1 }, end: { line: 5, column: 6 } },
    });
  });

  it("reads parentheses as grouping", () => {
    expect(shape(text("(str | int)[]"))).toEqual(array(union(name("str"), name("int"))));
  });
});

describe("syntax errors", () => {
  it("reports an unterminated string from its opening quote to the end of the type", () => {
    expect(syntaxError(() => text('Literal["open'))).toEqual({
      message: "unterminated string literal",
      at: span(1, 9, 14),
    });
  });

  it("reports an unterminated string in a cell at its place in the file", () => {
    expect(syntaxError(() => cell('*"abc'))).toEqual({ message: "unterminated string literal", at: span(3, 4, 8) });
  });

  it("reports a missing closing bracket at the last token read", () => {
    expect(syntaxError(() => text("List[str"))).toEqual({
      message: 'expected "]" but found the end of the type',
      at: span(1, 6, 9),
    });
  });

  it("reports a missing closing angle bracket", () => {
    expect(syntaxError(() => text("Record<string, any"))).toEqual({
      message: 'expected ">" but found the end of the type',
      at: span(1, 16, 19),
    });
  });

  it("reports a bracket closed with the wrong kind", () => {
    expect(syntaxError(() => text("Record<string, any]"))).toEqual({
      message: 'expected ">" but found "]"',
      at: span(1, 19, 20),
    });
  });

  it("reports an extra closing bracket", () => {
    expect(syntaxError(() => text("List[str]]"))).toEqual({ message: 'unexpected "]"', at: span(1, 10, 11) });
  });

  it("reports an unclosed parenthesis and an unclosed index signature", () => {
    expect(syntaxError(() => text("(str"))).toEqual({ message: 'expected ")" but found the end of the type', at: span(1, 2, 5) });
    expect(syntaxError(() => text("{ [k: string]: any"))).toEqual({
      message: 'expected "}" but found the end of the type',
      at: span(1, 16, 19),
    });
  });

  it("reports a character that has no place in a type", () => {
    expect(syntaxError(() => text("str = 1"))).toEqual({ message: 'unexpected character "="', at: span(1, 5, 6) });
  });

  it("reports an empty type, and reads a link without text as a type the docs left out", () => {
    expect(syntaxError(() => text("", { line: 2, column: 3 }))).toEqual({ message: "the type is empty", at: span(2, 3, 3) });
    // Swagger Codegen writes `[****](.md)` where it lost the type; the IR types it unknown, with a warning.
    expect(cell("[****](.md)")).toEqual({ kind: "untyped", at: span(3, 3, 14) });
    // A link without text to a page names that page's model.
    expect(cell("[](x.md)")).toEqual({ kind: "name", name: "x", link: "x.md", at: span(3, 3, 11) });
  });

  it("reads 64 levels of nesting", () => {
    const depth = 64;
    expect(text(`${"List[".repeat(depth)}str${"]".repeat(depth)}`).kind).toBe("generic");
  });

  it("refuses nesting deeper than 64 levels, pointing at the first token too deep", () => {
    const depth = 65;
    // The innermost `str` starts after 65 × `List[` (5 characters each).
    expect(syntaxError(() => text(`${"List[".repeat(depth)}str${"]".repeat(depth)}`))).toEqual({
      message: "the type nests deeper than 64 levels",
      at: span(1, 5 * depth + 1, 5 * depth + 4),
    });
  });

  it("refuses deep nesting without overflowing the stack, however deep", () => {
    const depth = 100_000;
    expect(syntaxError(() => text(`${"(".repeat(depth)}str${")".repeat(depth)}`)).message).toBe(
      "the type nests deeper than 64 levels",
    );
  });

  it("holds Go's slices, maps and pointers to the same limit", () => {
    for (const nested of ["[]".repeat(65) + "string", "map[string]".repeat(65) + "string", "Pointer to ".repeat(65) + "string", "[]".repeat(100_000) + "string"]) {
      expect(syntaxError(() => text(nested)).message).toBe("the type nests deeper than 64 levels");
    }
    expect(text("[]".repeat(64) + "string").kind).toBe("array");
  });
});

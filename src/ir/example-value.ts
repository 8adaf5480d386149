/**
 * The value of a TypeScript `## Example Usage` block, such as
 *
 *     import { Agent } from "@mistralai/mistralai/models/components";
 *
 *     let value: Agent = { name: "<value>", createdAt: new Date("2024-08-23T06:20:02.699Z") };
 *
 * The code is spec text, so it is parsed, never run: the initializer is read
 * as a literal made of objects, arrays, strings, numbers, booleans, null,
 * `new Date(...)` and the SDKs' other values made from text (SDK_VALUES).
 * Anything else is reported as not readable, with what was found. oxc
 * parses it: a native parser that loads in milliseconds, where
 * the TypeScript compiler would cost the parse stage half a second to load.
 */
import { parseSync, Visitor, type Expression, type Node } from "oxc-parser";
import type { DateHandling } from "./dates.js";
import type { ExamplePath, Model } from "./types.js";

export type ExampleValue =
  | { kind: "value"; value: unknown }
  | { kind: "none" }
  | { kind: "unreadable"; reason: string };

/**
 * The values TypeScript SDKs build from one string or number: a `Date`, and
 * the SDKs' own types, read as JSON carries them (`BigInt("9223372036854775808")`
 * and `new Decimal("3.14")` as the text or number they were made of, an
 * RFCDate as its `YYYY-MM-DD` text).
 */
const SDK_VALUES: Record<string, (arg: string | number) => unknown> = {
  "new Date": (arg) => new Date(arg),
  BigInt: (arg) => arg,
  "new Decimal": (arg) => arg,
  "new RFCDate": (arg) => arg,
};

/**
 * Deeper than this, an example's code is not parsed: oxc's parser runs out
 * of stack (and takes the process down) a few thousand brackets or arrow
 * functions down, and no SDK's example nests past a few dozen.
 */
const MAX_NESTING = 256;

/**
 * An example block parsed as TypeScript, or undefined where it nests deeper
 * than MAX_NESTING: brackets open, or arrows (`=>`, whose bodies nest and
 * never close) in all. Brackets and arrows in strings count too: no real
 * example has hundreds of them.
 */
export function exampleProgram(code: string): ReturnType<typeof parseSync> | undefined {
  let depth = 0;
  let arrows = 0;
  for (let i = 0; i < code.length; i++) {
    const ch = code.charCodeAt(i);
    // ( [ { open; ) ] } close, but never below the top: a run of closers first must not make room for openers.
    if (ch === 40 || ch === 91 || ch === 123) {
      if (++depth > MAX_NESTING) return undefined;
    } else if (ch === 41 || ch === 93 || ch === 125) depth = Math.max(0, depth - 1);
    else if (ch === 62 && code.charCodeAt(i - 1) === 61 && ++arrows > MAX_NESTING) return undefined;
  }
  return parseSync("example.ts", code, { lang: "ts", sourceType: "module" });
}

/**
 * Runs a walk of an example's tree, or gives `otherwise` where the tree is
 * deeper than the stack (a chain of thousands of `!`, which no bracket
 * counts): the example is then not read, rather than the run stopped.
 */
export function walkedOr<T, U>(walk: () => T, otherwise: U): T | U {
  try {
    return walk();
  } catch (error) {
    if (error instanceof RangeError) return otherwise;
    throw error;
  }
}

/** Reads the value of an example block (`let value: T = <literal>;`). */
export function readExampleValue(code: string): ExampleValue {
  return readExample(code, false);
}

/**
 * Stands in a lenient reading for what is not a literal: an enum member
 * (`PlaylistType.Video`), a call that makes a stream or a file. It is not
 * null, and says nothing of the keys beside it.
 */
const NOT_READ: unique symbol = Symbol("not read");

/** `lenient`: what is not a literal is read as NOT_READ, so that the rest of the value is still read. */
function readExample(code: string, lenient: boolean): ExampleValue {
  const init = exampleValue(code);
  if (!init) return { kind: "none" };
  const text = (node: Node) => code.slice(node.start, node.end);
  try {
    return { kind: "value", value: literal(init, text, lenient) };
  } catch (error) {
    if (error instanceof NotLiteral) return { kind: "unreadable", reason: error.message };
    if (error instanceof RangeError) return { kind: "unreadable", reason: "it nests deeper than the stack allows" };
    throw error;
  }
}

class NotLiteral extends Error {}

function literal(node: Expression, text: (node: Node) => string, lenient: boolean): unknown {
  try {
    return strictLiteral(node, text, lenient);
  } catch (error) {
    if (lenient && error instanceof NotLiteral) return NOT_READ;
    throw error;
  }
}

function strictLiteral(node: Expression, text: (node: Node) => string, lenient: boolean): unknown {
  switch (node.type) {
    case "ParenthesizedExpression":
      return literal(node.expression, text, lenient);
    case "Literal":
      // Not a regular expression or a bigint: those are values JSON has no form for.
      if (!("regex" in node || "bigint" in node)) return node.value;
      break;
    case "TemplateLiteral":
      if (node.expressions.length === 0 && node.quasis[0]?.value.cooked != null) return node.quasis[0].value.cooked;
      break;
    case "UnaryExpression":
      if ((node.operator === "-" || node.operator === "+") && node.argument.type === "Literal" && typeof node.argument.value === "number") {
        return node.operator === "-" ? -node.argument.value : node.argument.value;
      }
      break;
    case "ArrayExpression":
      return node.elements.map((element) => {
        if (element === null || element.type === "SpreadElement") throw new NotLiteral(`unsupported element ${element ? text(element) : "hole"}`);
        return literal(element, text, lenient);
      });
    case "ObjectExpression": {
      const object: Record<string, unknown> = {};
      for (const property of node.properties) {
        if (property.type !== "Property" || property.kind !== "init" || property.method || property.shorthand) {
          if (lenient) continue;
          throw new NotLiteral(`unsupported property ${text(property)}`);
        }
        const key = property.key;
        let name: string;
        if (!property.computed && key.type === "Identifier") name = key.name;
        else if (!property.computed && key.type === "Literal" && (typeof key.value === "string" || typeof key.value === "number")) {
          name = String(key.value);
        } else if (lenient) {
          continue;
        } else {
          throw new NotLiteral(`unsupported key ${property.computed ? `[${text(key)}]` : text(key)}`);
        }
        // defineProperty, so that a key such as "__proto__" becomes an own property, as JSON.parse makes it.
        Object.defineProperty(object, name, {
          value: literal(property.value as Expression, text, lenient),
          enumerable: true,
          writable: true,
          configurable: true,
        });
      }
      return object;
    }
    case "NewExpression":
    case "CallExpression": {
      if (node.callee.type !== "Identifier") break;
      const made = node.type === "NewExpression" ? `new ${node.callee.name}` : node.callee.name;
      if (!Object.hasOwn(SDK_VALUES, made)) break;
      const args = node.arguments.map((argument) => {
        if (argument.type === "SpreadElement") throw new NotLiteral(`unsupported argument ${text(argument)}`);
        return literal(argument, text, lenient);
      });
      const [arg, ...rest] = args;
      if ((typeof arg === "string" || typeof arg === "number") && rest.length === 0) return SDK_VALUES[made]!(arg);
      break;
    }
  }
  throw new NotLiteral(`unsupported expression ${text(node).slice(0, 80)}`);
}


/** Paths the walk stops at: an example is a value, and a value this deep is not one a doc shows. */
const MAX_PATH = 64;

/**
 * Where an example object sets a value to null: `{ a: null, b: { c: null } }`
 * gives `a` and `b.c`. TypeScript SDK docs write a nullable field's type
 * without `| null`; an example value is the only place where such a field
 * shows that it may be null, and a nested object shows it for the fields of
 * the model it is an example of. Repeated paths are given once.
 */
export function nullPaths(code: string): ExamplePath[] {
  // A value the example makes otherwise than from literals (a stream, an enum member) hides no null beside it.
  const example = readExample(code, true);
  const value = example.kind === "value" ? example.value : undefined;
  if (typeof value !== "object" || value === null || Array.isArray(value)) return [];
  return nullPathsIn(value, []);
}

/**
 * The keys an example object sets, where the example is an object. The
 * example is written as a value of the model's type (`let value: Borrow =
 * {…}`): a field it leaves out is one the SDK's type makes optional, though
 * the docs mark it required (Speakeasy does so for a field with a default).
 */
export function exampleKeys(code: string): ReadonlySet<string> | undefined {
  const init = exampleValue(code);
  if (init?.type !== "ObjectExpression") return undefined;
  const keys = new Set<string>();
  for (const property of init.properties) {
    // The keys as written, whatever their values (an SDK's enum member, a call): a key the example may set without
    // naming it (a spread, a computed key) makes every other key it leaves out one it may set.
    if (property.type !== "Property" || property.computed) return undefined;
    const { key } = property;
    if (key.type === "Identifier") keys.add(key.name);
    else if (key.type === "Literal" && (typeof key.value === "string" || typeof key.value === "number")) keys.add(String(key.value));
    else return undefined;
  }
  return keys;
}

/**
 * The value an example block shows: the first declaration typed by a
 * model's type (`let value: X = …;`), where a part of it is declared before
 * it (`const part = …;`); else the last one.
 */
function exampleValue(code: string): Expression | undefined {
  if (lastRead?.code === code) return lastRead.value;
  const program = exampleProgram(code)?.program;
  const declarators = (program?.body ?? []).flatMap((statement) => (statement.type === "VariableDeclaration" ? statement.declarations : [])).filter((d) => d.init);
  const value = (declarators.find((declarator) => declarator.id.typeAnnotation) ?? declarators.at(-1))?.init ?? undefined;
  lastRead = { code, value };
  return value;
}

/** The example read last, and its value: a model's example is read for its nulls, then for its keys (from-spec.ts), parsed once. */
let lastRead: { code: string; value: Expression | undefined } | undefined;

/**
 * Where a value is null, below `at`: the value itself, when it is null, and
 * each key an object in it sets to null. (An array's null elements are not a
 * key's value, and say nothing of a field.)
 */
export function nullPathsIn(value: unknown, at: ExamplePath): ExamplePath[] {
  const found = new Map<string, ExamplePath>();
  const walk = (node: unknown, path: ExamplePath): void => {
    if (path.length > MAX_PATH) return;
    if (node === null) {
      found.set(JSON.stringify(path), path);
    } else if (Array.isArray(node)) {
      for (const element of node) if (element !== null) walk(element, [...path, 0]);
    } else if (typeof node === "object" && !(node instanceof Date)) {
      for (const [key, child] of Object.entries(node)) walk(child, [...path, key]);
    }
  };
  walk(value, at);
  return [...found.values()];
}

/**
 * The models with their examples' dates as the package holds them (see withDateHandling): with string dates,
 * a TypeScript example's `new Date("…")` is written as its text, and an example that makes a Date from no text
 * is left out. A step of its own, apart from the types', for it parses the examples.
 */
export function withExampleDates(models: readonly Model[], handling: DateHandling): Model[] {
  if (handling !== "string") return [...models];
  return models.map((model) => (model.examples.length === 0 ? model : { ...model, examples: model.examples.flatMap((code) => withDatesAsText(code) ?? []) }));
}

/**
 * The example with each `new Date("…")` written as the text it is made from, for a package whose dates are
 * ISO strings (`--dates string`): the example stays a value of the package's type. Undefined where a Date is
 * made from no text (`new Date()`), which no string stands for; as written where the code is no TypeScript.
 */
export function withDatesAsText(code: string): string | undefined {
  const parsed = exampleProgram(code);
  if (!parsed) return undefined;
  const { program, errors } = parsed;
  if (errors.length > 0) return code;
  const replaced: Array<{ start: number; end: number; text: string }> = [];
  let unwritable = false;
  const visitor = new Visitor({
    NewExpression(node) {
      if (node.callee.type !== "Identifier" || node.callee.name !== "Date") return;
      const [arg] = node.arguments;
      if (node.arguments.length === 1 && arg!.type === "Literal" && typeof arg!.value === "string") {
        replaced.push({ start: node.start, end: node.end, text: code.slice(arg!.start, arg!.end) });
      } else unwritable = true;
    },
  });
  const walked = walkedOr(() => {
    visitor.visit(program);
    return true;
  }, false);
  if (!walked || unwritable) return undefined;
  // Outermost first is enough: a Date's one string argument holds no other.
  let text = "";
  let from = 0;
  for (const { start, end, text: literal } of replaced.sort((a, b) => a.start - b.start)) {
    text += code.slice(from, start) + literal;
    from = end;
  }
  return text + code.slice(from);
}

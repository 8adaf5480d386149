/**
 * Where JSON text stops being JSON, and what was expected there. Node's
 * `JSON.parse` says what is wrong but not always where (some messages have
 * an offset, some only the token), so a config file that does not parse is
 * read again here to point at its line and column.
 */

export interface JsonSyntaxError {
  /** 1-based line and column (in UTF-16 code units) of the first character that is not JSON. */
  line: number;
  column: number;
  /** What is wrong, in words: `expected "," or "}", found "]"`. */
  message: string;
}

/** The first syntax error in `text`, or undefined when it is JSON. */
export function jsonSyntaxError(text: string): JsonSyntaxError | undefined {
  let at = 0;
  const fail = (expected: string): never => {
    throw new Stop(at, `expected ${expected}, found ${found(text, at)}`);
  };
  const space = () => {
    while (at < text.length && " \t\n\r".includes(text[at]!)) at++;
  };
  const string = () => {
    at++;
    while (at < text.length) {
      const ch = text[at]!;
      if (ch === '"') {
        at++;
        return;
      }
      if (ch === "\\") {
        at++;
        if (text[at] === "u" && /^[0-9a-fA-F]{4}$/u.test(text.slice(at + 1, at + 5))) at += 5;
        else if (text[at] !== undefined && '"\\/bfnrt'.includes(text[at]!)) at++;
        else fail("an escape (\\\", \\\\, \\n, \\u0041, …)");
        continue;
      }
      if (ch < " ") fail('a closing " on the same line');
      at++;
    }
    fail('a closing "');
  };
  const value = (): void => {
    space();
    const ch = text[at];
    if (ch === "{") return object();
    if (ch === "[") return array();
    if (ch === '"') return string();
    const number = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/uy;
    number.lastIndex = at;
    if (number.test(text)) {
      at = number.lastIndex;
      return;
    }
    for (const word of ["true", "false", "null"]) {
      if (text.startsWith(word, at)) {
        at += word.length;
        return;
      }
    }
    fail('a value (a "string", a number, true, false, null, an object or a list)');
  };
  /** An object or a list: `item`s between commas, up to `close`. */
  const sequence = (close: "}" | "]", item: () => void) => {
    at++;
    space();
    if (text[at] === close) {
      at++;
      return;
    }
    for (;;) {
      item();
      space();
      if (text[at] === close) {
        at++;
        return;
      }
      if (text[at] !== ",") fail(`"," or "${close}"`);
      at++;
    }
  };
  const member = () => {
    space();
    if (text[at] !== '"') fail("a key in double quotes");
    string();
    space();
    if (text[at] !== ":") fail('":"');
    at++;
    value();
  };
  const object = () => sequence("}", member);
  const array = () => sequence("]", value);

  try {
    value();
    space();
    if (at < text.length) fail("the end of the file");
    return undefined;
  } catch (error) {
    if (!(error instanceof Stop)) throw error;
    return { ...lineAndColumn(text, error.offset), message: error.message };
  }
}

class Stop {
  constructor(
    readonly offset: number,
    readonly message: string,
  ) {}
}

function found(text: string, at: number): string {
  if (at >= text.length) return "the end of the file";
  const ch = text[at]!;
  if (ch === "\n" || ch === "\r") return "the end of the line";
  return JSON.stringify(ch);
}

function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let i = 0; i < offset; i++) {
    if (text[i] === "\n") {
      line++;
      start = i + 1;
    }
  }
  return { line, column: offset - start + 1 };
}

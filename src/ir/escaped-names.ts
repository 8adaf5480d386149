/**
 * Field names the SDK generators write in place of keys their language
 * cannot name a property by. Each client escapes a reserved word in its own
 * way, and the JSON key is the word itself:
 *
 * - Speakeasy's Python SDKs add a `_` (`from_`, `self_`, `format_`): besides
 *   Python's keywords, they escape names pydantic and the SDK use;
 * - OpenAPI Generator's and Swagger Codegen's Java, TypeScript, Swift, Ruby
 *   and older Python clients put a `_` before the word (`_private`,
 *   `_continue`, `_end`), and before a key that starts with a digit (`_5m`);
 * - its pydantic Python client puts `var_` before either (`var_from`,
 *   `var_2yr_mean`);
 * - its Dart client adds a `_` (`class_`, `double_`);
 * - its R client puts `item_` before the word (`item_self`, `item_private`);
 * - its Rust client writes a raw identifier (`r#type`), and its Kotlin
 *   client backticks (`` `data` ``, which the docs write `&#x60;data&#x60;`).
 *
 * The docs do not say which client wrote them, so one client's escapes are
 * read in every client's docs: the words are those no API is likely to have
 * as a key with the escape (`_self`, `_id`, `_type` and `_weak` are real
 * keys of many APIs, and are left as written; but the Objective-C client,
 * whose pages its types tell, escapes `id` so). Java's `propertyClass` stands
 * for `class` and `_class` alike, and is left as written too.
 */
import type { Dialect } from "../parse/document.js";

const words = (text: string): string[] => text.split(/\s+/u).filter((word) => word !== "");

/** Python's keywords as a property would be named by one: in lower case. */
const PYTHON_WORDS = words(
  "and as assert async await break class continue def del elif else except finally for from global if import in is lambda nonlocal not or pass raise return try while with yield",
);

/**
 * The words the clients that escape with a leading `_` escape: the reserved
 * words of Python 2 and 3, Java, TypeScript and JavaScript (with
 * JavaScript's global objects, and the names the TypeScript clients' methods
 * use), Ruby, and Swift's (with
 * `description` and `required`, which its Objective-C compatibility and its
 * initialisers take).
 */
const UNDERSCORE_ESCAPED: ReadonlySet<string> = new Set([
  ...PYTHON_WORDS,
  ...words("exec print"),
  // Java's, TypeScript's and JavaScript's.
  ...words(`abstract boolean byte case catch char const debugger default delete do double enum export extends final float
    function goto implements instanceof int interface let long native new package private protected public short static
    strictfp super switch synchronized this throw throws transient typeof var void volatile`),
  // The JavaScript client's: JavaScript's global objects and their members, as its docs write them (`_date`).
  ...words("arguments array date eval infinity math nan number object prototype string undefined hasOwnProperty isFinite isNaN isPrototypeOf toString valueOf"),
  // The names the TypeScript clients' API methods take for their own (typescript-axios's `options`).
  ...words("options queryParameters headerParams formParams useFormData requestOptions varLocalPath varLocalDeferred"),
  // Ruby's.
  ...words("alias begin def defined elsif end ensure module next redo rescue retry then undef unless until when"),
  // Swift's.
  ...words(`associatedtype deinit extension fileprivate func init inout internal operator protocol struct subscript typealias
    defer fallthrough guard repeat nil rethrows description required`),
  // C's, and the C++ words the C client escapes too.
  ...words(`auto extern register signed sizeof typedef union unsigned asm explicit friend inline mutable namespace template
    typeid typename using virtual`),
]);

/** The words the R client escapes as `item_word`: R's reserved words, and the names its R6 classes take. */
const R_ESCAPED: ReadonlySet<string> = new Set(
  words(`if else repeat while function for next break TRUE FALSE NULL Inf NaN NA NA_integer_ NA_real_ NA_character_
    NA_complex_ private self super`),
);

/** The words the pydantic Python client escapes as `var_word`: Python's keywords, and names pydantic and the client use. */
const PYDANTIC_ESCAPED: ReadonlySet<string> = new Set([...PYTHON_WORDS, ...words("exec print self field property schema base64 json date float")]);

/** The words the Dart client escapes as `word_`: Dart's keywords, and the names of its core types. */
const DART_ESCAPED: ReadonlySet<string> = new Set(
  words(`abstract as assert async await break case catch class const continue covariant default deferred do dynamic else
    enum export extends extension external factory false final finally for function get hide if implements import in
    interface is late library mixin new null on operator part required rethrow return set show static super switch sync
    this throw true try typedef var void while with yield bool double int num`),
);

/** A key that starts with a digit, which every client escapes. */
const DIGIT_FIRST = /^[0-9][\p{L}\p{N}_]*$/u;

/** An OpenAPI Generator client a page's types tell apart, where it escapes what the others do not. */
export type Client = "c" | "objective-c";

/** The words only a client escapes: Objective-C's `id`, which the others leave as `_id`, a key of many APIs. */
const CLIENT_ESCAPED: Readonly<Partial<Record<Client, ReadonlySet<string>>>> = { "objective-c": new Set(["id"]) };

/** The key `name` stands for, where it is an escape the dialect's generators (or the page's `client`) write; otherwise undefined. */
export function escapedKey(name: string, dialect: Dialect, client?: Client): string | undefined {
  switch (dialect) {
    case "python":
      // Speakeasy does not publish the names it escapes, and an API's key hardly ever ends in `_`: one trailing `_`
      // after a letter or digit is read as the escape.
      return /^\p{L}[\p{L}\p{N}_]*[\p{L}\p{N}]_$|^\p{L}_$/u.test(name) ? name.slice(0, -1) : undefined;
    case "openapi-generator": {
      const raw = /^r#([\p{L}_][\p{L}\p{N}_]*)$/u.exec(name) ?? /^`([^`]+)`$/u.exec(name);
      if (raw) return raw[1];
      const underscored = /^_(.+)$/u.exec(name)?.[1];
      if (underscored !== undefined && (UNDERSCORE_ESCAPED.has(underscored) || DIGIT_FIRST.test(underscored))) return underscored;
      if (underscored !== undefined && client && CLIENT_ESCAPED[client]?.has(underscored)) return underscored;
      const pydantic = /^var_(.+)$/u.exec(name)?.[1];
      if (pydantic !== undefined && (PYDANTIC_ESCAPED.has(pydantic) || DIGIT_FIRST.test(pydantic))) return pydantic;
      const r = /^item_(.+)$/u.exec(name)?.[1];
      if (r !== undefined && R_ESCAPED.has(r)) return r;
      const dart = /^(.+)_$/u.exec(name)?.[1];
      return dart !== undefined && DART_ESCAPED.has(dart) ? dart : undefined;
    }
    case "typescript":
      return undefined;
  }
}

/**
 * Each row's key: the key its name stands for, unless another row's name or
 * key is that key too, where the names stay as written and the rows apart.
 */
export function fieldKeys(names: readonly string[], dialect: Dialect, client?: Client): string[] {
  const keys = names.map((name) => escapedKey(name, dialect, client));
  const taken = new Map<string, number>();
  for (const key of [...names, ...keys]) if (key !== undefined) taken.set(key, (taken.get(key) ?? 0) + 1);
  return names.map((name, i) => {
    const key = keys[i];
    return key !== undefined && taken.get(key) === 1 ? key : name;
  });
}

/**
 * Field names the SDK generators write in place of keys their language
 * cannot name a property by. Each client escapes a reserved word in its own
 * way, and the JSON key is the word itself:
 *
 * - Speakeasy's Python SDKs add a `_` (`from_`, `self_`, `format_`), for
 *   Python's keywords and for names pydantic or the SDK already use;
 * - OpenAPI Generator's and Swagger Codegen's Java, TypeScript, Swift, Ruby
 *   and older Python clients put a `_` before the word (`_private`,
 *   `_continue`, `_end`), and before a key that starts with a digit (`_5m`);
 * - its pydantic Python client puts `var_` before it (`var_from`,
 *   `var_schema`);
 * - its Dart client adds a `_` (`class_`, `double_`);
 * - its Java client names a `class` key `propertyClass`.
 *
 * Rust's raw identifiers (`r#type`) and Kotlin's backticks are read with
 * the table (parse/field-table.ts).
 */
import type { Dialect } from "../parse/document.js";

/** Python's keywords. */
const PYTHON_KEYWORDS: ReadonlySet<string> = new Set(
  "False None True and as assert async await break class continue def del elif else except finally for from global if import in is lambda nonlocal not or pass raise return try while with yield".split(" "),
);

const words = (text: string): string[] => text.split(/\s+/u).filter((word) => word !== "");

/** Python's keywords as a property would be named by one: in lower case. */
const PYTHON_WORDS = [...PYTHON_KEYWORDS].filter((word) => /^\p{Ll}/u.test(word));

/**
 * The words OpenAPI Generator's and Swagger Codegen's clients escape with a
 * leading `_`: the reserved words of Python 2 and 3, Java, TypeScript and
 * JavaScript, Swift and Ruby. Words such as `self`, `date`, `str` and `id`,
 * which some of the clients escape too, are left out: `_self` and `_id` are
 * real keys of many APIs.
 */
const UNDERSCORE_PREFIXED: ReadonlySet<string> = new Set([
  ...PYTHON_WORDS,
  ...words("exec print"),
  // Java's, TypeScript's and JavaScript's.
  ...words(`abstract boolean byte case catch char const debugger default delete do double enum export extends final float
    function goto implements instanceof int interface let long native new package private protected public short static
    strictfp super switch synchronized this throw throws transient typeof var void volatile`),
  // Swift's, with the words it reserves in some contexts, and for Objective-C (`description`).
  ...words(`associatedtype deinit extension fileprivate func init inout internal open operator protocol struct subscript
    typealias defer fallthrough guard repeat where nil rethrows associativity convenience dynamic didSet get infix indirect
    lazy left mutating none nonmutating optional override postfix precedence prefix required right set unowned weak
    willSet description className`),
  // Ruby's.
  ...words("alias begin def defined elsif end ensure module next redo rescue retry then undef unless until when"),
]);

/** The words OpenAPI Generator's pydantic Python client escapes as `var_word`: Python's keywords, and names pydantic and the client use. */
const VAR_PREFIXED: ReadonlySet<string> = new Set([...PYTHON_WORDS, ...words("exec print self field property schema base64 json date float")]);

/** The words OpenAPI Generator's Dart client escapes as `word_`: Dart's keywords, and the names of its core types. */
const UNDERSCORE_SUFFIXED: ReadonlySet<string> = new Set(
  words(`abstract as assert async await break case catch class const continue covariant default deferred do dynamic else
    enum export extends extension external factory false final finally for function get hide if implements import in
    interface is late library mixin new null on operator part required rethrow return set show static super switch sync
    this throw true try typedef var void while with yield bool double int num`),
);

/** The key `name` stands for, where it is an escape the dialect's generators write; otherwise undefined. */
export function escapedKey(name: string, dialect: Dialect): string | undefined {
  switch (dialect) {
    case "python":
      // Speakeasy does not publish which names it escapes (beyond the keywords: `self`, `format`), and an API's key
      // hardly ever ends in `_`, so any one trailing `_` is read as the escape.
      return /^[\p{L}][\p{L}\p{N}_]*[\p{L}\p{N}]_$|^\p{L}_$/u.test(name) ? name.slice(0, -1) : undefined;
    case "openapi-generator": {
      if (name === "propertyClass") return "class";
      const word = /^_(.+)$/u.exec(name)?.[1];
      if (word !== undefined && (UNDERSCORE_PREFIXED.has(word) || /^\p{N}[\p{L}\p{N}_]*$/u.test(word))) return word;
      const pydantic = /^var_(.+)$/u.exec(name)?.[1];
      if (pydantic !== undefined && VAR_PREFIXED.has(pydantic)) return pydantic;
      const dart = /^(.+)_$/u.exec(name)?.[1];
      return dart !== undefined && UNDERSCORE_SUFFIXED.has(dart) ? dart : undefined;
    }
    case "typescript":
      return undefined;
  }
}

/**
 * What the type names of each dialect mean. Speakeasy's Python and
 * TypeScript docs share one vocabulary (a name of one never means something
 * else in the other). OpenAPI Generator's docs use the type names of the
 * client's language, Python's, TypeScript's, Java's, Kotlin's or C#'s, and
 * read those besides.
 */
import type { Dialect } from "../parse/document.js";
import type { TypeNode } from "./types.js";

const string: TypeNode = { kind: "string" };
const integer: TypeNode = { kind: "integer" };
const number: TypeNode = { kind: "number" };
const boolean: TypeNode = { kind: "boolean" };
const unknown: TypeNode = { kind: "unknown" };
const stringOrNumber: TypeNode = { kind: "union", members: [string, number] };
const integerOrString: TypeNode = { kind: "union", members: [integer, string] };
const binary: TypeNode = { kind: "binary" };
const dateTime: TypeNode = { kind: "date", format: "date-time", representation: "string" };
const dateOrDateTime: TypeNode = { kind: "date", format: "date-or-date-time", representation: "string" };
/** Base64 text in JSON (`format: byte`), or a file's bytes in a multipart body (`format: binary`): OpenAPI Generator's Python docs write both alike. */
const base64OrBinary: TypeNode = { kind: "union", members: [string, binary] };
/** JavaScript SDKs hand out Date objects. */
const dateObject: TypeNode = { kind: "date", format: "date-time", representation: "Date" };

/**
 * File contents as SDKs type them: Python's bytes and binary streams, and
 * JavaScript's byte arrays, Blobs and Files. Python docs write one such
 * field as a union of several (`Union[bytes, IO[bytes], io.IOBase]`).
 */
export const BINARY_NAMES = new Set([
  "bytes",
  "bytearray",
  "memoryview",
  "io.IOBase",
  "io.RawIOBase",
  "io.BufferedIOBase",
  "io.BufferedReader",
  "io.BufferedRandom",
  "io.BytesIO",
  "io.FileIO",
  "typing.BinaryIO",
  "BinaryIO",
  "File",
  "Blob",
  "Uint8Array",
  "ArrayBuffer",
  "Buffer",
]);

/**
 * The Fetch API's objects, which Speakeasy's TypeScript docs may write
 * unlinked (HTTPMetadata's `*Request*`, beside a linked `[Response](…)`):
 * the SDK's own objects, where no spec of the docs is a model so named.
 */
export const FETCH_OBJECTS = new Set(["Request", "Response", "Headers"]);

const SPEAKEASY: Record<string, TypeNode> = {
  str: string,
  string,
  int: integer,
  integer,
  float: number,
  number,
  // An SDK's Decimal (Speakeasy's Python `*Decimal*`, TypeScript's `[Decimal](…)`): JSON carries it as a
  // number, or as a string where the API keeps every digit, and the SDKs read either.
  decimal: stringOrNumber,
  Decimal: stringOrNumber,
  bool: boolean,
  boolean,
  Any: unknown,
  any: unknown,
  unknown,
  object: unknown,
  None: { kind: "null" },
  null: { kind: "null" },
  true: { kind: "literal", value: true },
  True: { kind: "literal", value: true },
  false: { kind: "literal", value: false },
  False: { kind: "literal", value: false },
  Date: dateObject,
  // Speakeasy's Python docs link timestamps to Python's date docs, and its newer ones dates to the datetime docs
  // (`birthday | [datetime](…) | … | 2000-08-12`): either name is a date or a timestamp.
  date: dateOrDateTime,
  datetime: dateOrDateTime,
  // The HTTP response a Python SDK's operation result keeps beside the data (`raw_response`), and the request
  // HTTPMetadata keeps beside it: objects of the SDK's.
  "httpx.Response": unknown,
  "httpx.Request": unknown,
  // Older Python SDKs keep the requests library's response there.
  "requests.Response": unknown,
  // TypeScript SDKs hold 64-bit integers as bigints. JSON carries them as numbers, or as strings of
  // digits where a number would lose precision (an int64 written as a string): the SDKs read either.
  BigInt: integerOrString,
  bigint: integerOrString,
  // TypeScript SDKs' calendar date (`[RFCDate](../../types/rfcdate.md)`), a `YYYY-MM-DD` string in JSON.
  RFCDate: dateOrDateTime,
};

const OPENAPI_GENERATOR: Record<string, TypeNode> = {
  ...SPEAKEASY,
  // OpenAPI Generator's Python clients write a timestamp `datetime`, and only a timestamp.
  datetime: dateTime,
  "datetime.datetime": dateTime,
  "datetime.date": dateOrDateTime,
  // Python (pydantic and the older clients). pydantic writes a Decimal to JSON as a string, and reads either.
  "decimal.Decimal": stringOrNumber,
  bytearray: base64OrBinary,
  bytes: base64OrBinary,
  StrictStr: string,
  StrictInt: integer,
  StrictFloat: number,
  StrictBool: boolean,
  StrictBytes: base64OrBinary,
  none_type: { kind: "null" },
  file: binary,
  file_type: binary,
  dict: { kind: "map", values: unknown },
  list: { kind: "array", items: unknown },
  // Java
  String: string,
  Integer: integer,
  Long: integer,
  Short: integer,
  Float: number,
  Double: number,
  BigDecimal: number,
  "java.math.BigDecimal": number,
  Boolean: boolean,
  Object: unknown,
  AnyType: unknown,
  // Raw collections, which older Java clients link as if they were models (`[**Map**](Map.md)`).
  Map: { kind: "map", values: unknown },
  List: { kind: "array", items: unknown },
  // The JavaScript and Ruby clients' type of a field whose schema is a named array schema: its items go unsaid.
  Array: { kind: "array", items: unknown },
  OffsetDateTime: dateTime,
  "java.time.OffsetDateTime": dateTime,
  LocalDateTime: dateTime,
  "java.time.LocalDateTime": dateTime,
  LocalDate: dateOrDateTime,
  "java.time.LocalDate": dateOrDateTime,
  // ThreeTen's backport, in the older Android clients
  "org.threeten.bp.OffsetDateTime": dateTime,
  "org.threeten.bp.LocalDate": dateOrDateTime,
  UUID: string,
  "java.util.UUID": string,
  URI: string,
  "java.net.URI": string,
  "java.io.File": binary,
  // Kotlin
  "kotlin.String": string,
  "kotlin.Int": integer,
  "kotlin.Long": integer,
  "kotlin.Float": number,
  "kotlin.Double": number,
  "kotlin.Boolean": boolean,
  "kotlin.Any": unknown,
  // Kotlin's `format: byte`, base64 text in JSON, as Java's `byte[]`
  "kotlin.ByteArray": string,
  "kotlinx.datetime.Instant": dateTime,
  "kotlinx.datetime.LocalDateTime": dateTime,
  "kotlinx.datetime.LocalDate": dateOrDateTime,
  Int: integer,
  // C# (and Swift's `Decimal`): a decimal number, which JSON carries as a number.
  decimal: number,
  Decimal: number,
  long: integer,
  ulong: integer,
  uint: integer,
  short: integer,
  ushort: integer,
  sbyte: integer,
  double: number,
  // C#'s DateTime, as PHP's and Dart's, holds a date field as well as a timestamp: the docs write both alike.
  DateTime: dateOrDateTime,
  // Apex
  Datetime: dateTime,
  DateTimeOffset: dateTime,
  // The generichost client's `format: date`.
  DateOnly: dateOrDateTime,
  Guid: string,
  FileParameter: binary,
  // typescript-node's file (`fs.ReadStream` or a file with its name and type).
  RequestFile: binary,
  "System.IO.Stream": binary,
  // PowerShell (.NET's own names)
  Int32: integer,
  Int64: integer,
  "System.DateTime": dateOrDateTime,
  "System.IO.FileInfo": binary,
  SystemByte: string,
  "System.Collections.Hashtable": { kind: "map", values: unknown },
  // Go
  int32: integer,
  int64: integer,
  float32: number,
  float64: number,
  "interface{}": unknown,
  "time.Time": dateTime,
  "os.File": binary,
  // Ruby
  Time: dateTime,
  BOOLEAN: boolean,
  // PHP (`\DateTime` is read as `DateTime`)
  SplFileObject: binary,
  mixed: unknown,
  // R
  character: string,
  numeric: number,
  "data.frame": unknown,
  // the R-httr2 client's date-time
  POSIXct: dateTime,
  // Rust (`serde_json::Value` is read as `serde_json.Value`)
  i8: integer,
  i16: integer,
  i32: integer,
  i64: integer,
  u8: integer,
  u16: integer,
  u32: integer,
  u64: integer,
  isize: integer,
  usize: integer,
  f32: number,
  f64: number,
  "std.path.PathBuf": binary,
  "chrono.NaiveDate": dateOrDateTime,
  "chrono.NaiveDateTime": dateTime,
  "serde_json.Value": unknown,
  "uuid.Uuid": string,
  // rust-server's `format: byte`, base64 text in JSON
  "swagger.ByteArray": string,
  // `Date` is typescript-fetch's Date object, Ruby's date and Swift's timestamp, both ISO 8601 text in JSON;
  // the docs do not say which client wrote them.
  Date: { kind: "union", members: [dateObject, dateOrDateTime] },
  // Swift
  Bool: boolean,
  Data: string,
  URL: binary,
  DateWithoutTime: dateOrDateTime,
  AnyCodable: unknown,
  // Swift 6's free-form value
  JSONValue: unknown,
  // Dart
  num: number,
  JsonObject: unknown,
  Uint8List: binary,
  MultipartFile: binary,
  // C: `char *` (the pointer's star is markdown's decoration to mdspec) is text; the client's file is `binary_t *`
  char: string,
  binary_t: binary,
  // its free-form value, which it links to no page (`[**object_t**](.md) \*`)
  object_t: unknown,
  int32_t: integer,
  int64_t: integer,
  // Julia (`Int64` and `Int32` are PowerShell's too)
  Float64: number,
  Float32: number,
  ZonedDateTime: dateTime,
  // The JavaScript client's `format: byte` (base64 text in JSON); the TypeScript clients' file.
  Blob: base64OrBinary,
  // Objective-C (its pointer's star is decoration too). NSNumber holds booleans as well as numbers; NSData is
  // `format: byte`, base64 text in JSON; NSURL a file.
  NSString: string,
  NSNumber: { kind: "union", members: [number, boolean] },
  NSDate: dateTime,
  NSData: string,
  NSURL: binary,
  NSObject: unknown,
  // Perl
  DATE: dateOrDateTime,
  DATE_TIME: dateTime,
  Number: number,
};

/**
 * Go's docs name a nullable type `NullableX`: a model's (`[**NullableOuterEnum**](OuterEnum.md)`)
 * or a primitive's, by its Go type capitalised (`NullableString`, `NullableInt64`, `NullableTime`).
 */
export const GO_NULLABLE_PRIMITIVES: Readonly<Record<string, string>> = {
  String: "string",
  Bool: "bool",
  Int: "int",
  Int32: "int32",
  Int64: "int64",
  Float32: "float32",
  Float64: "float64",
  Time: "time.Time",
};

const BY_DIALECT: Record<Dialect, Record<string, TypeNode>> = {
  python: SPEAKEASY,
  typescript: SPEAKEASY,
  "openapi-generator": OPENAPI_GENERATOR,
};

/** The type a name stands for in a dialect, if it is not a model's name. */
export function namedType(name: string, dialect: Dialect): TypeNode | undefined {
  const names = BY_DIALECT[dialect];
  // Own keys only: a name like `constructor` must not find Object.prototype's members.
  if (Object.hasOwn(names, name)) {
    const type = names[name]!;
    return type.kind === "map" || type.kind === "array" || type.kind === "union" ? structuredClone(type) : { ...type };
  }
  return BINARY_NAMES.has(name) ? { ...binary } : undefined;
}

/** Every name a dialect gives a meaning to, for suggestions when a name means nothing. */
export function knownTypeNames(dialect: Dialect): string[] {
  return [...Object.keys(BY_DIALECT[dialect]), ...BINARY_NAMES];
}

/** Every generic a dialect's types are written with. */
export function knownGenerics(): string[] {
  return [...ARRAYS, ...MAPS, ...NULLABLE_WRAPPERS, ...BOXES, ...Object.keys(ARGUMENT_FREE_GENERICS), ...BINARY_GENERICS, ...STREAMS, "Literal", "Union"];
}

/** Generics whose one argument is the item type. */
export const ARRAYS = new Set([
  "List",
  "list",
  // R, and Perl's ARRAY
  "array",
  "ARRAY",
  // Rust, Dart
  "Vec",
  "HashSet",
  "BTreeSet",
  "std.collections.HashSet",
  "BuiltList",
  "BuiltSet",
  "Sequence",
  "Array",
  "Set",
  "set",
  "Tuple",
  "tuple",
  "Collection",
  "kotlin.collections.List",
  "kotlin.collections.Set",
  "kotlin.Array",
  // Scala
  "Seq",
  // Julia
  "Vector",
  // Objective-C
  "NSArray",
]);

/** Generics of a key type and a value type. */
export const MAPS = new Set([
  "Dict",
  "dict",
  "Record",
  "Mapping",
  "Map",
  "map",
  "Hash",
  "HASH",
  "Dictionary",
  "IDictionary",
  "kotlin.collections.Map",
  "std.collections.HashMap",
  "HashMap",
  "BTreeMap",
  "std.collections.BTreeMap",
  "BuiltMap",
  // Objective-C
  "NSDictionary",
]);

/** Namespaces of the languages' standard generics, which some clients write out: `typing.Dict[str, X]`, `System.Collections.Generic.List<X>`. */
const GENERIC_NAMESPACES = ["typing.", "System.Collections.Generic.", "java.util."];

/** A generic's name without its standard library's namespace: `typing.Dict` is `Dict`. */
export function genericName(name: string): string {
  const namespace = GENERIC_NAMESPACES.find((prefix) => name.startsWith(prefix));
  return namespace === undefined ? name : name.slice(namespace.length);
}

/** Rust's `Box<X>`: an X, held on the heap (how a model that contains itself is written). */
export const BOXES = new Set(["Box", "std.boxed.Box"]);

/** Generics whose type does not depend on their arguments: Rust's `chrono::DateTime<Utc>` is a timestamp in any time zone. */
const ARGUMENT_FREE_GENERICS: Record<string, TypeNode> = {
  "chrono.DateTime": dateTime,
};

/** The type of a generic that is the same whatever its arguments, if `name` is one. */
export function argumentFreeGeneric(name: string): TypeNode | undefined {
  return Object.hasOwn(ARGUMENT_FREE_GENERICS, name) ? { ...ARGUMENT_FREE_GENERICS[name]! } : undefined;
}

/** `Optional[X]`, and Rust's `Option<X>`: X or null. */
export const NULLABLE_WRAPPERS = new Set(["Optional", "Nullable", "OptionalNullable", "Option"]);

/** Generic streams that are binary when their argument is bytes: `IO[bytes]`, `ReadableStream<Uint8Array>`. */
export const BINARY_GENERICS = new Set(["IO", "typing.IO", "ReadableStream"]);

/** Streams of events. Python's generators name what they send and return after the events: `Generator[X, None, None]`. */
export const STREAMS = new Set(["EventStream", "EventStreamAsync", "AsyncIterable", "AsyncGenerator", "AsyncIterator", "Generator"]);

/** Namespaces of the languages' own libraries: a name in one is never a model. */
export const LIBRARY_NAMESPACES = new Set(["io", "typing"]);

/** A C typedef of the C client's, as it names models: `ord_status_t`. */
export const C_TYPEDEF = /^[a-z][a-z0-9_]*_t$/u;

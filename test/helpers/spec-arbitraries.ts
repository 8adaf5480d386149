/**
 * fast-check arbitraries for spec folders: sets of models written as the
 * Python-dialect docs write them (field tables, value lists, supported
 * types, links between the models), and mangled copies of them.
 */
import fc from "fast-check";
import { posix } from "node:path";
import type { SpecFile } from "../../src/read/specs-folder.js";

/** A type as a spec writes it, rendered to markdown by `typeText`. */
export type TypeSpec =
  | { kind: "word"; word: string }
  | { kind: "literal"; text: string }
  | { kind: "ref"; index: number }
  | { kind: "list" | "dict" | "optional"; inner: TypeSpec }
  | { kind: "union"; members: TypeSpec[] };

/** A model as a spec writes it; `name` is its title, `M<index>` when not given. */
export type ModelSpec = { name?: string } & (
  | { kind: "object"; fields: Array<{ name: string; type: TypeSpec; wrapper: string; required: boolean; description: string }> }
  | { kind: "enum"; values: Array<string | number>; open: boolean }
  | { kind: "union"; members: TypeSpec[] }
);

/**
 * Names long enough to push a guard's signature, or even its parameters laid out one a line, past the print
 * width; and names about which a validator's Standard Schema constant fits on one line, or breaks after `=`.
 */
const LONG_MODEL_NAMES = [
  "ModelCapabilities",
  "WorkflowRegistration",
  "ConversationHistoryEntry",
  "ActivityTaskCompletedAttributesResponse",
  "ListWorkflowExecutionsV1WorkflowsExecutionsGetResponseItemsAttributesValue",
  // A union of it and null fits on no line, while each member fits on its own.
  "ListWorkflowExecutionsV1WorkflowsExecutionsGetResponseItemsAttributesValueTypeOfTheExecution",
  "ExecuteWorkflowRegistrationV1WorkflowsRegistrationsWorkflowRegistrationIdExecutePostRequestBodyParams",
];

/**
 * Model names a spec may have that a TypeScript name cannot simply be:
 * globals the generated code uses, reserved words, names that start with a
 * digit or are the package's own helpers, besides plain ones.
 */
const MODEL_NAMES = [
  "Pet",
  "Order",
  "Record",
  "Object",
  "Array",
  "Promise",
  "Error",
  "Date",
  "Map",
  "Set",
  "String",
  "Symbol",
  "JSON",
  "WeakSet",
  "Uint8Array",
  "Blob",
  "default",
  "class",
  "function",
  "delete",
  "new",
  "404Error",
  "2024Status",
  "_Hidden",
  "$Money",
  "Rt",
  "V",
  "Issue",
  "ValidationError",
  "Value",
  "Unknown",
  "Constructor",
  "Prototype",
  ...LONG_MODEL_NAMES,
];

const WORDS = ["str", "int", "float", "bool", "Any", "date", "datetime", "Date", "bytes"];
const FIELD_NAMES = [
  "id",
  "name",
  "count",
  "__proto__",
  "constructor",
  "hasOwnProperty",
  "foo-bar",
  "with space",
  "123abc",
  "ünï",
  "$x",
  "class",
  // Long enough that a field's check does not fit on its line.
  "deprecation_replacement_model_of_the_parent_workflow",
];

/** Literal text for Literal[...]: a quoted string (with escapes), an integer or a boolean. */
const literalText = fc.oneof(
  fc.stringMatching(/^[a-z_ '"\\]{0,6}$/u).map((s) => `"${s.replace(/[\\"]/gu, (ch) => `\\${ch}`)}"`),
  fc.integer({ min: -5, max: 5 }).map(String),
  fc.constantFrom("True", "False"),
);

const primitiveUnion: fc.Arbitrary<TypeSpec> = fc
  .uniqueArray(fc.constantFrom("str", "int", "float", "bool", "date"), { minLength: 2, maxLength: 3 })
  .map((words) => ({ kind: "union", members: words.map((word): TypeSpec => ({ kind: "word", word })) }));

export function typeSpec(models: number): fc.Arbitrary<TypeSpec> {
  const { type } = fc.letrec<{ type: TypeSpec }>((tie) => ({
    type: fc.oneof(
      { depthSize: "small", withCrossShrink: true },
      fc.constantFrom(...WORDS).map((word): TypeSpec => ({ kind: "word", word })),
      literalText.map((text): TypeSpec => ({ kind: "literal", text })),
      fc.integer({ min: 0, max: models - 1 }).map((index): TypeSpec => ({ kind: "ref", index })),
      fc.record({ kind: fc.constantFrom("list" as const, "dict" as const, "optional" as const), inner: tie("type") }),
      fc.array(tie("type"), { minLength: 2, maxLength: 3 }).map((members): TypeSpec => ({ kind: "union", members })),
      // Unions of primitives, often: how their checks combine depends on the members' order.
      primitiveUnion,
      primitiveUnion,
      // Unions of more literals than guards compare one by one (guard-code.ts looks them up in a list), and another member.
      fc
        .tuple(fc.uniqueArray(literalText, { minLength: 65, maxLength: 70 }), fc.constantFrom(...WORDS))
        .map(([texts, word]): TypeSpec => ({ kind: "union", members: [...texts.map((text): TypeSpec => ({ kind: "literal", text })), { kind: "word", word }] })),
    ),
  }));
  return type;
}

export function modelSpec(models: number): fc.Arbitrary<ModelSpec> {
  const field = fc.record({
    name: fc.constantFrom(...FIELD_NAMES),
    type: typeSpec(models),
    wrapper: fc.constantFrom("", "", "Optional", "Nullable", "OptionalNullable"),
    required: fc.boolean(),
    description: fc.constantFrom("N/A", "A *field*.", "Ends */ a comment", "Has `code` and <b>html</b>"),
  });
  return fc.oneof(
    fc
      .uniqueArray(field, { minLength: 0, maxLength: 4, selector: (f) => f.name })
      .map((fields): ModelSpec => ({ kind: "object", fields })),
    fc
      .record({
        values: fc.uniqueArray(
          // Numbers JavaScript prints with an exponent (1e+21), which prettier writes its own way (1e21).
          fc.oneof(fc.stringMatching(/^[a-z"' ]{1,5}$/u), fc.integer({ min: -3, max: 3 }), fc.constantFrom(0.5, 1e-7, 1e21)),
          { maxLength: 4 },
        ),
        open: fc.boolean(),
      })
      .map(({ values, open }): ModelSpec => ({ kind: "enum", values, open })),
    fc.array(typeSpec(models), { minLength: 1, maxLength: 3 }).map((members): ModelSpec => ({ kind: "union", members })),
    // `### \`None\`` makes a union nullable: a model and `null` alone is a union prettier lays out its own way.
    fc
      .oneof(
        fc.array(typeSpec(models), { minLength: 1, maxLength: 2 }),
        fc.integer({ min: 0, max: models - 1 }).map((index): TypeSpec[] => [{ kind: "ref", index }]),
      )
      .map((members): ModelSpec => ({ kind: "union", members: [...members, { kind: "word", word: "None" }] })),
  );
}

/** A folder of 1–4 models, `models/m0.md` …, each able to refer to any of them, named as `M<n>` or from `names`. */
function namedModelSet(names: readonly string[]): fc.Arbitrary<ModelSpec[]> {
  return fc.integer({ min: 1, max: Math.min(4, names.length) }).chain((count) =>
    fc
      .tuple(
        fc.array(modelSpec(count), { minLength: count, maxLength: count }),
        fc.option(fc.uniqueArray(fc.constantFrom(...names), { minLength: count, maxLength: count, selector: (name) => name.toLowerCase() })),
      )
      .map(([models, chosen]) => (chosen ? models.map((model, i) => ({ ...model, name: chosen[i]! })) : models)),
  );
}

/** Model sets named as `M<n>` or from MODEL_NAMES: globals, reserved words, leading digits, long names. */
export const modelSet = namedModelSet(MODEL_NAMES);

/** Model sets named from LONG_MODEL_NAMES, often: where declarations and checks reach past the print width. */
export const longNamedModelSet = namedModelSet(LONG_MODEL_NAMES);

/** The titles of a set's models, by index. */
export function modelNames(models: readonly ModelSpec[]): string[] {
  return models.map((model, i) => model.name ?? `M${i}`);
}

/** Where a cell links the model at an index: its spec beside the linking one, by default. */
type LinkTo = (index: number) => string;

const besideIt: LinkTo = (index) => `m${index}.md`;

/**
 * The markdown of a type, as a type cell or a `### \`...\`` heading holds it; `names`: the set's model names
 * (modelNames); `link`: where a cell links a model.
 */
export function typeText(type: TypeSpec, inHeading = false, names: readonly string[] = [], link: LinkTo = besideIt): string {
  switch (type.kind) {
    case "word":
      return type.word;
    case "literal":
      return `Literal[${type.text}]`;
    case "ref": {
      const name = names[type.index] ?? `M${type.index}`;
      // Headings name models without links; cells link them.
      return inHeading ? `models.${name}` : `[models.${name}](${link(type.index)})`;
    }
    case "list":
      return `List[${typeText(type.inner, inHeading, names, link)}]`;
    case "dict":
      return `Dict[str, ${typeText(type.inner, inHeading, names, link)}]`;
    case "optional":
      return `Optional[${typeText(type.inner, inHeading, names, link)}]`;
    case "union":
      return `Union[${type.members.map((m) => typeText(m, inHeading, names, link)).join(", ")}]`;
  }
}

/** The spec file of the model at `index` of a set whose models are named `names` (modelNames), linking them by `link`. */
export function specMarkdown(model: ModelSpec, index: number, names: readonly string[] = [], link: LinkTo = besideIt): string {
  const title = `# ${model.name ?? `M${index}`}\n\nModel ${index}.\n\n`;
  switch (model.kind) {
    case "object": {
      const rows = model.fields.map((f) => {
        const type = f.wrapper === "" ? typeText(f.type, false, names, link) : `${f.wrapper}[${typeText(f.type, false, names, link)}]`;
        const required = f.required ? ":heavy_check_mark:" : ":heavy_minus_sign:";
        return `| \`${f.name}\` | ${type} | ${required} | ${f.description} |`;
      });
      return `${title}## Fields\n\n| Field | Type | Required | Description |\n| --- | --- | --- | --- |\n${rows.join("\n")}\n`;
    }
    case "enum": {
      const note = model.open ? "This is an open enum: unrecognized values are captured.\n\n" : "";
      const items = model.values.map((v) => `- \`\`${typeof v === "number" ? positional(v) : JSON.stringify(v)}\`\``).join("\n");
      return `${title}## Values\n\n${note}${items}\n`;
    }
    case "union":
      return `${title}## Supported Types\n\n${model.members.map((m) => `### \`${typeText(m, true, names)}\`\n`).join("\n")}`;
  }
}

/**
 * A set's spec files: the even models in `models/`, the odd ones in a folder
 * named as the first model's spec (`models/m0/m1.md` beside `models/m0.md`),
 * as Speakeasy lays out `models/errors.md` and `models/errors/`.
 */
export function specFiles(models: readonly ModelSpec[]): SpecFile[] {
  const names = modelNames(models);
  const path = (index: number) => (index % 2 === 0 ? `models/m${index}.md` : `models/m0/m${index}.md`);
  return models.map((model, i) => {
    const link: LinkTo = (index) => posix.relative(posix.dirname(path(i)), path(index));
    return { file: path(i), bytes: new TextEncoder().encode(specMarkdown(model, i, names, link)) };
  });
}

/** Characters that mean something to markdown, tables, the type syntax or the encoding. */
const NOISE = fc.constantFrom(
  "|", "*", "_", "`", "[", "]", "(", ")", "<", ">", "#", "-", "\n", "\r\n", "\r", "\t", " ", "\\", '"', "'",
  "\ufeff", "\u2028", "\u0000", "😀", "\ud800", "```", "## Fields\n", "| a | b |\n| - | - |\n", "[x](../../etc)", "List[", "]]",
);

const mutation = fc.oneof(
  fc.record({ kind: fc.constant("insert" as const), at: fc.nat(), text: fc.array(NOISE, { minLength: 1, maxLength: 4 }).map((a) => a.join("")) }),
  fc.record({ kind: fc.constant("delete" as const), at: fc.nat(), length: fc.integer({ min: 1, max: 20 }) }),
  fc.record({ kind: fc.constant("duplicate-line" as const), at: fc.nat() }),
);

type Mutation = { kind: "insert"; at: number; text: string } | { kind: "delete"; at: number; length: number } | { kind: "duplicate-line"; at: number };

function mutate(text: string, mutations: readonly Mutation[]): string {
  let result = text;
  for (const m of mutations) {
    const at = result.length === 0 ? 0 : m.at % (result.length + 1);
    if (m.kind === "insert") result = result.slice(0, at) + m.text + result.slice(at);
    else if (m.kind === "delete") result = result.slice(0, at) + result.slice(at + m.length);
    else {
      const lines = result.split("\n");
      const line = m.at % lines.length;
      lines.splice(line, 0, lines[line]!);
      result = lines.join("\n");
    }
  }
  return result;
}

/**
 * Damage real folders have, where a reader must go on past it: a link to an
 * anchor no model is under, a type that does not parse, a name no dialect
 * knows. Random edits seldom make these; a folder with several of them tests
 * how stages treat one another's leftovers (a link into a spec with errors).
 */
const DAMAGE: ReadonlyArray<readonly [RegExp, string]> = [
  [/\[models\.\w+\]\(([^)#]+)\.md\)/u, "[models.Gone]($1.md#gone)"],
  [/ \| :heavy_/u, "]] | :heavy_"],
  [/\b(?:int|str|date|float|bool)\b/u, "flaot"],
  [/\bUnion\[/u, "Onion["],
];

function damaged(text: string, kinds: readonly number[]): string {
  return kinds.reduce((result, kind) => result.replace(...DAMAGE[kind % DAMAGE.length]!), text);
}

/** Well-formed model sets with some of that damage in most files: everything in them a run may allow (--allow-unresolved). */
export const damagedSpecFiles: fc.Arbitrary<SpecFile[]> = fc
  .tuple(modelSet, fc.array(fc.array(fc.nat(), { maxLength: 3 }), { minLength: 1, maxLength: 8 }))
  .map(([models, perFile]) =>
    specFiles(models).map((file, i) => ({
      file: file.file,
      bytes: new TextEncoder().encode(damaged(new TextDecoder().decode(file.bytes), perFile[i] ?? [])),
    })),
  );

/** Spec folders as they come: valid, mangled, damaged as real ones are, or not text at all. */
export const anySpecFiles: fc.Arbitrary<SpecFile[]> = fc.oneof(
  modelSet.map(specFiles),
  damagedSpecFiles,
  fc.tuple(modelSet, fc.array(fc.array(mutation, { minLength: 1, maxLength: 6 }), { maxLength: 4 })).map(([models, perFile]) =>
    specFiles(models).map((file, i) => ({
      file: file.file,
      bytes: new TextEncoder().encode(mutate(new TextDecoder().decode(file.bytes), perFile[i] ?? [])),
    })),
  ),
  fc.array(fc.uint8Array({ maxLength: 200 }), { minLength: 1, maxLength: 3 }).map((files) => files.map((bytes, i) => ({ file: `raw${i}.md`, bytes }))),
);

/** A number written out in digits, as a spec writes it: 1e21 as 1000000000000000000000. */
function positional(n: number): string {
  return Number.isInteger(n) ? BigInt(n).toString() : n.toFixed(20).replace(/0+$/u, "");
}

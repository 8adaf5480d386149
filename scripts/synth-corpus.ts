/**
 * Writes a corpus of realistic model specs for scale runs, in the two
 * dialects SDK generators write, each in its own SDK folder:
 *
 *   DIR/py/models/*.md                  Python SDK docs (`*str*`, `List[...]`,
 *                                       `Optional/Nullable/OptionalNullable[...]`,
 *                                       `Literal[...]`, enums as bullet lists)
 *   DIR/ts/models/components/*.md       TypeScript SDK docs (`*string*`,
 *   DIR/ts/models/operations/*.md       `[components.X](...)[]`, `Record<string, *any*>`,
 *                                       `*"literal"*`, enums as a union code block,
 *                                       `## Example Usage` values)
 *
 * The files are shaped like the real docs (../shared/corpora): a `# Name`
 * heading, a description, a `## Fields` table padded with spaces the way the
 * generators pad it, enums under `## Values`, unions under `## Supported
 * Types`, dates, maps, lists, linked and unlinked references. Every reference
 * resolves to a spec of the same corpus, no union contains itself, and every
 * name is unique in its SDK, so the corpus generates without a diagnostic.
 * The corpus is a pure function of the file count and the seed.
 *
 *   npx tsx scripts/synth-corpus.ts --files 20000 --out /tmp/corpus [--seed 1] [--shape union-heavy]
 */
import { existsSync, mkdirSync, readdirSync, realpathSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";

/** mulberry32: a small seeded generator, so that a corpus can be written again byte for byte. */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface SynthOptions {
  /** How many spec files to write, split evenly between the two SDKs. */
  files: number;
  /** The corpus folder. Its `py` and `ts` subfolders are replaced; anything else in it is refused. */
  out: string;
  seed?: number;
  /**
   * `typical` (the default): shaped like the mistral docs. `union-heavy`:
   * shaped like the largest real SDKs, where half the models are operations'
   * requests and responses with long field tables, most fields hold unions,
   * and unions list many members.
   */
  shape?: CorpusShape;
}

export const CORPUS_SHAPES = ["typical", "union-heavy"] as const;
export type CorpusShape = (typeof CORPUS_SHAPES)[number];

export interface SynthResult {
  files: number;
  bytes: number;
}

/** The two SDK folders a corpus is made of, below its root. */
export const SDK_FOLDERS = ["py", "ts"] as const;

type Dialect = "py" | "ts";
type Kind = "object" | "enum" | "union";

interface Spec {
  name: string;
  dialect: Dialect;
  /** Folder of the spec below its SDK folder: `models`, `models/components` or `models/operations`. */
  folder: string;
  /** Path relative to the corpus root. */
  file: string;
  kind: Kind;
  /** Position among the SDK's unions: a union lists only unions made before it, so none contains itself. */
  order: number;
  fields: Field[];
  values: string[];
  open: boolean;
  members: Type[];
  description: string;
}

type Type =
  | { t: "string" | "int" | "float" | "bool" | "any" | "date" }
  | { t: "literal"; value: string | boolean }
  | { t: "ref"; target: Spec; linked: boolean }
  | { t: "list"; items: Type }
  | { t: "map"; values: Type };

interface Field {
  key: string;
  type: Type;
  required: boolean;
  /** Python dialect: whether the value may also be null (`Nullable[...]`, `OptionalNullable[...]`). */
  nullable: boolean;
  description: string;
  /** The Example column; "" for none. */
  example: string;
  /** TypeScript dialect: the Example Usage value sets this optional field to null (how those docs show nullable fields). */
  nullInExample: boolean;
}

const NAME_WORDS = (
  "Agent Chat Completion Request Response Message Tool Call Function Usage Choice Delta Stream Event File Upload " +
  "Batch Job Model Fine Tuning Checkpoint Embedding Vector Document Chunk Image Audio Transcription Segment Library " +
  "Conversation Entry Input Output Content Part Text Reference Citation Guardrail Config Policy Status Error Detail " +
  "Metadata Prompt Token Logprob Moderation Category Score Classifier Training Validation Metric Hyperparameter " +
  "Integration Webhook Schedule Workflow Execution Activity Task Attempt Retry Signal Query Update Filter Sort Page " +
  "Cursor List Item Summary Version Deployment Endpoint Quota Limit Billing Invoice Account Member Role Permission " +
  "Dataset Record Judge Connector Credentials Skill Alias Handoff Session Voice Index Schema Search Result Archive"
).split(" ");

const OPERATION_VERBS = ["Create", "Get", "List", "Update", "Delete", "Archive", "Cancel", "Start", "Append", "Restore"];

/** Keys that real docs use often; the rest are made of the name words. */
const COMMON_KEYS = [
  "name", "type", "id", "description", "created_at", "model", "object", "metadata", "status", "content",
  "data", "version", "cursor", "page_size", "updated_at", "title", "value", "results", "stream", "tools",
];

const PROSE = (
  "the a of to and in is for that with as on by this it be are from or an at which when if each value " +
  "field request response model token message returned used identifier number list set time unix seconds " +
  "optional provided default maximum minimum output input generated server client stream content object " +
  "must can will may only not more than one all any completion entry tool job file library page results"
).split(" ");

const PYTHON_DATE = "[date](https://docs.python.org/3/library/datetime.html#date-objects)";
const TS_DATE = "[Date](https://developer.mozilla.org/en-US/docs/Web/JavaScript/Reference/Global_Objects/Date)";

/** Writes the corpus; returns the number of files and bytes written. */
export function synthesiseCorpus({ files, out, seed = 1, shape = "typical" }: SynthOptions): SynthResult {
  const heavy = shape === "union-heavy";
  if (!Number.isInteger(files) || files < 2) throw new Error(`--files must be a whole number of at least 2, not ${files}`);
  prepareOut(out);

  const rand = random(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(rand() * items.length)]!;
  const chance = (p: number): boolean => rand() < p;
  const between = (low: number, high: number): number => low + Math.floor(rand() * (high - low + 1));
  /** Picks by weight: `[[weight, value], ...]`. */
  const weighted = <T>(choices: ReadonlyArray<readonly [number, T]>): T => {
    const total = choices.reduce((sum, [weight]) => sum + weight, 0);
    let roll = rand() * total;
    for (const [weight, value] of choices) if ((roll -= weight) < 0) return value;
    return choices[choices.length - 1]![1];
  };

  const sentence = (): string => {
    const text = Array.from({ length: between(5, 16) }, () => pick(PROSE)).join(" ");
    return text.charAt(0).toUpperCase() + text.slice(1) + ".";
  };
  /** A field's description cell: "N/A" as often as real docs write it, sometimes with code or a line break. */
  const cellDescription = (): string => {
    if (chance(0.4)) return "N/A";
    let text = chance(0.25) ? `${sentence()} ${sentence()}` : sentence();
    if (chance(0.15)) text += ` Defaults to \`${pick(PROSE)}\`.`;
    if (chance(0.1)) text += `<br/>${sentence()}`;
    return text;
  };
  const modelDescription = (): string => {
    const text = Array.from({ length: between(1, 3) }, sentence).join(" ");
    return chance(0.1) ? `${text}\n\nSee the [API reference](https://docs.example.com/api) for details.` : text;
  };

  // 1. Plan the specs: names, folders and kinds. Names are unique (ignoring case) within each SDK.
  const pyCount = Math.floor(files / 2);
  const tsCount = files - pyCount;
  const py = planSdk("py", pyCount);
  const ts = planSdk("ts", tsCount);

  // 2. Give each spec its content, referring only to specs of its own SDK.
  for (const sdk of [py, ts]) fillSdk(sdk);

  // 3. Write them.
  let bytes = 0;
  const made = new Set<string>();
  for (const spec of [...py, ...ts]) {
    const path = join(out, spec.file);
    const folder = dirname(path);
    if (!made.has(folder)) {
      mkdirSync(folder, { recursive: true });
      made.add(folder);
    }
    const text = spec.dialect === "py" ? pythonSpec(spec) : typescriptSpec(spec);
    writeFileSync(path, text);
    bytes += Buffer.byteLength(text);
  }
  return { files: py.length + ts.length, bytes };

  function planSdk(dialect: Dialect, count: number): Spec[] {
    const taken = new Set<string>();
    const specs: Spec[] = [];
    let unions = 0;
    while (specs.length < count) {
      // A quarter of a TypeScript SDK's models are operations' requests and responses, as in the real one.
      const operation = dialect === "ts" && chance(heavy ? 0.5 : 0.25);
      let name = operation
        ? `${pick(OPERATION_VERBS)}${Array.from({ length: between(1, 3) }, () => pick(NAME_WORDS)).join("")}${pick(["Request", "Response"])}`
        : Array.from({ length: between(2, 4) }, () => pick(NAME_WORDS)).join("");
      while (taken.has(name.toLowerCase())) name += pick(NAME_WORDS);
      taken.add(name.toLowerCase());
      const kind: Kind = operation
        ? "object"
        : weighted(heavy ? ([[50, "object"], [10, "enum"], [40, "union"]] as const) : ([[74, "object"], [12, "enum"], [14, "union"]] as const));
      const folder = dialect === "py" ? "models" : operation ? "models/operations" : "models/components";
      specs.push({
        name,
        dialect,
        folder,
        file: `${dialect}/${folder}/${name.toLowerCase()}.md`,
        kind,
        order: kind === "union" ? unions++ : -1,
        fields: [],
        values: [],
        open: false,
        members: [],
        description: "",
      });
    }
    return specs;
  }

  function fillSdk(specs: Spec[]): void {
    // Operations refer to components, not the other way round, as in the real SDK.
    const referable = specs.filter((s) => s.folder !== "models/operations");
    const objects = referable.filter((s) => s.kind === "object");
    const nonUnions = referable.filter((s) => s.kind !== "union");
    const unions = referable.filter((s) => s.kind === "union");
    for (const spec of specs) {
      spec.description = chance(spec.dialect === "py" ? 0.55 : 0.45) ? modelDescription() : "";
      if (spec.kind === "object") spec.fields = fieldsOf(spec, referable);
      else if (spec.kind === "enum") {
        spec.values = enumValues();
        spec.open = chance(0.35);
      } else spec.members = unionMembers(spec, objects, nonUnions, unions);
    }
  }

  function fieldsOf(spec: Spec, referable: Spec[]): Field[] {
    const used = new Set<string>();
    const fields: Field[] = [];
    const withExamples = chance(0.45);
    // As many fields as the real docs have: half the tables one or two, one in ten more than nine.
    const count =
      heavy && spec.folder === "models/operations"
        ? between(15, 60)
        : weighted([[47, between(1, 2)], [29, between(3, 5)], [15, between(6, 9)], [9, between(10, 20)]] as const);
    for (let i = 0; i < count; i++) {
      const key = fieldKey(spec.dialect, used);
      const type = fieldType(spec, referable);
      const required = chance(0.45);
      // Python writes nullability in the type; a TypeScript spec shows it only by a null in its example value.
      const nullable = spec.dialect === "py" && isWrappable(type) && chance(required ? 0.08 : 0.6);
      fields.push({
        key,
        type,
        required,
        nullable,
        description: cellDescription(),
        example: withExamples ? exampleCell(type) : "",
        nullInExample: spec.dialect === "ts" && !required && type.t !== "literal" && chance(0.03),
      });
    }
    return fields;
  }

  function fieldKey(dialect: Dialect, used: Set<string>): string {
    for (;;) {
      const words = chance(0.35)
        ? pick(COMMON_KEYS).split("_")
        : Array.from({ length: between(1, 3) }, () => pick(NAME_WORDS).toLowerCase());
      const key =
        dialect === "ts" ? words.map((w, i) => (i === 0 ? w : w.charAt(0).toUpperCase() + w.slice(1))).join("") : words.join("_");
      if (!used.has(key)) {
        used.add(key);
        return key;
      }
    }
  }

  /** A field type, weighted like the real docs: strings and references most, then numbers, maps, dates, lists. */
  function fieldType(spec: Spec, referable: Spec[]): Type {
    const ref = (): Type => ({ t: "ref", target: pick(referable), linked: spec.dialect === "py" || chance(0.78) });
    if (heavy && chance(0.45)) {
      const unions = referable.filter((s) => s.kind === "union");
      if (unions.length > 0) return { t: "ref", target: pick(unions), linked: spec.dialect === "py" || chance(0.78) };
    }
    return weighted<() => Type>([
      [30, () => ({ t: "string" })],
      [9, () => ({ t: "int" })],
      [4, () => ({ t: "float" })],
      [6, () => ({ t: "bool" })],
      [1, () => ({ t: "any" })],
      [5, () => ({ t: "date" })],
      [3, () => ({ t: "literal", value: chance(0.85) ? literalWord() : chance(0.5) })],
      [22, ref],
      [9, () => ({ t: "list", items: ref() })],
      [5, () => ({ t: "list", items: { t: "string" } })],
      [1, () => ({ t: "list", items: { t: chance(0.5) ? "int" : "float" } })],
      [1, () => ({ t: "list", items: { t: "map", values: { t: "any" } } })],
      [4, () => ({ t: "map", values: { t: "any" } })],
      [1.5, () => ({ t: "map", values: { t: "string" } })],
      [0.5, () => ({ t: "map", values: ref() })],
    ])();
  }

  function literalWord(): string {
    return chance(0.7) ? pick(NAME_WORDS).toLowerCase() : `${pick(NAME_WORDS).toLowerCase()}.${pick(NAME_WORDS).toLowerCase()}`;
  }

  /** The Example column: a value for primitives, now and then two, as `**Example 1:** a<br/>**Example 2:** b`. */
  function exampleCell(type: Type): string {
    if (!chance(0.55)) return "";
    switch (type.t) {
      case "string":
        return chance(0.1) ? `**Example 1:** ${pick(PROSE)}<br/>**Example 2:** ${pick(PROSE)}_${between(1, 99)}` : `${pick(PROSE)}-${between(100, 999)}`;
      case "int":
        return String(between(0, 100_000));
      case "float":
        return (rand() * 2).toFixed(1);
      case "bool":
        return chance(0.5) ? "true" : "false";
      case "date":
        return isoDate();
      default:
        return "";
    }
  }

  function isoDate(): string {
    const date = new Date(Date.UTC(2023 + between(0, 3), between(0, 11), between(1, 28), between(0, 23), between(0, 59), between(0, 59)));
    return date.toISOString();
  }

  function enumValues(): string[] {
    const values = new Set<string>();
    const count = weighted([[5, between(2, 4)], [4, between(5, 8)], [1, between(9, 16)]] as const);
    const style = pick(["word", "snake", "path", "dotted", "upper"] as const);
    while (values.size < count) {
      const a = pick(NAME_WORDS).toLowerCase();
      const b = pick(NAME_WORDS).toLowerCase();
      const value = {
        word: a,
        snake: chance(0.5) ? `${a}_${b}` : a,
        path: `/v1/${a}${chance(0.5) ? `/${b}` : ""}`,
        dotted: `${a}.${b}`,
        upper: (chance(0.5) ? `${a}_${b}` : a).toUpperCase(),
      }[style];
      values.add(value);
    }
    return [...values];
  }

  function unionMembers(spec: Spec, objects: Spec[], nonUnions: Spec[], unions: Spec[]): Type[] {
    const members: Type[] = [];
    const seen = new Set<string>();
    const add = (member: Type): void => {
      const key = memberHeading(spec.dialect, member);
      if (seen.has(key)) return;
      seen.add(key);
      members.push(member);
    };
    const count = heavy ? weighted([[3, between(2, 8)], [5, between(8, 20)], [2, between(20, 40)]] as const) : weighted([[6, 2], [3, 3], [1, between(4, 8)]] as const);
    // Only unions made earlier may be members, so no union reaches itself.
    const earlierUnions = unions.slice(0, Math.max(0, spec.order));
    for (let tries = 0; members.length < count && tries < 50; tries++) {
      add(
        weighted<() => Type>([
          [62, () => ({ t: "ref", target: pick(objects), linked: false })],
          [10, () => ({ t: "ref", target: pick(nonUnions), linked: false })],
          [earlierUnions.length > 0 ? 3 : 0, () => ({ t: "ref", target: pick(earlierUnions), linked: false })],
          [10, () => ({ t: "string" })],
          [4, () => ({ t: chance(0.6) ? "int" : "float" })],
          [2, () => ({ t: "bool" })],
          [5, () => ({ t: "list", items: { t: "string" } })],
          [4, () => ({ t: "list", items: { t: "ref", target: pick(objects), linked: false } })],
          [2, () => ({ t: "map", values: { t: "any" } })],
        ])(),
      );
    }
    return members;
  }
}

/** Refuses a folder that holds anything but an earlier corpus; removes the earlier corpus. */
function prepareOut(out: string): void {
  if (existsSync(out)) {
    const others = readdirSync(out).filter((entry) => !(SDK_FOLDERS as readonly string[]).includes(entry));
    if (others.length > 0) throw new Error(`${out} holds files that are not a corpus (${others.slice(0, 3).join(", ")}); pick an empty or new folder`);
    for (const folder of SDK_FOLDERS) rmSync(join(out, folder), { recursive: true, force: true });
  }
  mkdirSync(out, { recursive: true });
}

// ---------------------------------------------------------------------------------------------------------------
// Rendering: a planned spec as its SDK's generator writes it.

function pythonSpec(spec: Spec): string {
  const lines = [`# ${spec.name}`, ""];
  if (spec.description) lines.push(spec.description, "");
  if (spec.kind === "object") {
    lines.push("", "## Fields", "");
    const withExamples = spec.fields.some((f) => f.example !== "");
    const header = ["Field", "Type", "Required", "Description", ...(withExamples ? ["Example"] : [])];
    const rows = spec.fields.map((f) => [
      `\`${f.key}\``,
      pythonCell(f),
      requiredMark(f.required),
      f.description,
      ...(withExamples ? [f.example] : []),
    ]);
    lines.push(paddedTable(header, rows));
  } else if (spec.kind === "enum") {
    lines.push("## Example Usage", "", "```python", `from acme_sdk.models import ${spec.name}`, "");
    if (spec.open) lines.push("# Open enum: unrecognized values are captured as UnrecognizedStr");
    lines.push(`value: ${spec.name} = ${JSON.stringify(spec.values[0])}`, "```", "", "", "## Values", "");
    if (spec.open) lines.push("This is an open enum. Unrecognized values will not fail type checks.", "");
    lines.push(...spec.values.map((v) => `- \`${JSON.stringify(v)}\``));
  } else {
    lines.push("", "## Supported Types", "");
    for (const member of spec.members) {
      const heading = memberHeading("py", member);
      lines.push(`### \`${heading}\``, "", "```python", `value: ${heading} = /* values here */`, "```", "");
    }
  }
  return lines.join("\n").trimEnd() + "\n";
}

function typescriptSpec(spec: Spec): string {
  const lines = [`# ${spec.name}`, ""];
  if (spec.description) lines.push(spec.description, "");
  const namespace = spec.folder.slice(spec.folder.lastIndexOf("/") + 1);
  const importLine = `import { ${spec.name} } from "@acme/sdk/models/${namespace}";`;
  if (spec.kind === "object") {
    lines.push("## Example Usage", "", "```typescript", importLine, "");
    lines.push(`let value: ${spec.name} = ${objectExample(spec, 0, "")};`, "```", "", "## Fields", "");
    const withExamples = spec.fields.some((f) => f.example !== "");
    const header = ["Field", "Type", "Required", "Description", ...(withExamples ? ["Example"] : [])];
    const rows = spec.fields.map((f) => [
      `\`${f.key}\``,
      typescriptType(f.type),
      requiredMark(f.required),
      f.description,
      ...(withExamples ? [f.example] : []),
    ]);
    lines.push(paddedTable(header, rows));
  } else if (spec.kind === "enum") {
    lines.push("## Example Usage", "", "```typescript", importLine, "");
    lines.push(`let value: ${spec.name} = ${JSON.stringify(spec.values.at(-1))};`);
    if (spec.open) lines.push("", "// Open enum: unrecognized values are captured as Unrecognized<string>");
    lines.push("```", "", "## Values", "", "```typescript");
    lines.push([...spec.values.map((v) => JSON.stringify(v)), ...(spec.open ? ["Unrecognized<string>"] : [])].join(" | "), "```");
  } else {
    lines.push("", "## Supported Types", "");
    for (const member of spec.members) {
      const heading = memberHeading("ts", member);
      lines.push(`### \`${heading}\``, "", "```typescript", `const value: ${heading} = ${exampleOf(member, 0, "")};`, "```", "");
    }
  }
  return lines.join("\n").trimEnd() + "\n";
}

function requiredMark(required: boolean): string {
  return required ? ":heavy_check_mark:" : ":heavy_minus_sign:";
}

function pythonLink(target: Spec): string {
  return `../models/${target.name.toLowerCase()}.md`;
}

/** `../../models/components/x.md`: relative to a spec two folders below the SDK folder, as the TypeScript docs write it. */
function typescriptLink(target: Spec): string {
  return `../../${target.folder}/${target.name.toLowerCase()}.md`;
}

function namespaceOf(target: Spec): string {
  return target.dialect === "py" ? "models" : target.folder.slice(target.folder.lastIndexOf("/") + 1);
}

const PYTHON_PRIMITIVES = { string: "str", int: "int", float: "float", bool: "bool", any: "Any" } as const;

/** Whether the Python docs write a wrapper (`Optional[...]`) around this type: not around lists, maps and dates. */
function isWrappable(type: Type): boolean {
  return type.t !== "list" && type.t !== "map" && type.t !== "date";
}

/** A Python type cell: the wrapper says whether the key may be absent and the value null. */
function pythonCell(field: Field): string {
  const { type, required, nullable } = field;
  if (!isWrappable(type)) return pythonType(type);
  const wrapper = required ? (nullable ? "Nullable" : "") : nullable ? "OptionalNullable" : "Optional";
  const wrap = (inner: string): string => (wrapper ? `${wrapper}[${inner}]` : inner);
  if (type.t === "ref") return `[${wrap(`models.${type.target.name}`)}](${pythonLink(type.target)})`;
  if (type.t === "literal") return `*${wrap(`Literal[${pythonLiteral(type.value)}]`)}*`;
  return `*${wrap(PYTHON_PRIMITIVES[type.t as keyof typeof PYTHON_PRIMITIVES])}*`;
}

function pythonLiteral(value: string | boolean): string {
  return typeof value === "boolean" ? (value ? "True" : "False") : JSON.stringify(value);
}

function pythonType(type: Type): string {
  switch (type.t) {
    case "date":
      return PYTHON_DATE;
    case "literal":
      return `*Literal[${pythonLiteral(type.value)}]*`;
    case "ref":
      return `[models.${type.target.name}](${pythonLink(type.target)})`;
    case "list":
      return `List[${pythonType(type.items)}]`;
    case "map":
      return `Dict[str, ${pythonType(type.values)}]`;
    default:
      return `*${PYTHON_PRIMITIVES[type.t]}*`;
  }
}

function typescriptType(type: Type): string {
  switch (type.t) {
    case "string":
      return "*string*";
    case "int":
    case "float":
      return "*number*";
    case "bool":
      return "*boolean*";
    case "any":
      return "*any*";
    case "date":
      return TS_DATE;
    case "literal":
      return `*${JSON.stringify(type.value)}*`;
    case "ref": {
      const name = `${namespaceOf(type.target)}.${type.target.name}`;
      return type.linked ? `[${name}](${typescriptLink(type.target)})` : `*${name}*`;
    }
    case "list":
      return `${typescriptType(type.items)}[]`;
    case "map":
      return `Record<string, ${typescriptType(type.values)}>`;
  }
}

/** A union member's heading, `### \`models.X\`` or `### \`components.X[]\``: plain type text, no links. */
function memberHeading(dialect: Dialect, type: Type): string {
  if (dialect === "py") {
    switch (type.t) {
      case "ref":
        return `models.${type.target.name}`;
      case "list":
        return `List[${memberHeading(dialect, type.items)}]`;
      case "map":
        return `Dict[str, ${memberHeading(dialect, type.values)}]`;
      case "literal":
        return `Literal[${pythonLiteral(type.value)}]`;
      case "date":
        return "datetime";
      default:
        return PYTHON_PRIMITIVES[type.t];
    }
  }
  switch (type.t) {
    case "ref":
      return `${namespaceOf(type.target)}.${type.target.name}`;
    case "list":
      return `${memberHeading(dialect, type.items)}[]`;
    case "map":
      return `{ [k: string]: ${memberHeading(dialect, type.values)} }`;
    case "literal":
      return JSON.stringify(type.value);
    case "date":
      return "Date";
    case "int":
    case "float":
      return "number";
    case "bool":
      return "boolean";
    default:
      return type.t;
  }
}

/**
 * An example value in TypeScript, as the Example Usage blocks write them:
 * required keys with placeholder values, nested models a level or two deep.
 */
function exampleOf(type: Type, depth: number, indent: string): string {
  switch (type.t) {
    case "string":
      return '"<value>"';
    case "int":
      return String(1000 + ((depth * 7919) % 9000));
    case "float":
      return "0.5";
    case "bool":
      return "true";
    case "any":
      return '"<value>"';
    case "date":
      return 'new Date("2025-05-01T12:00:00.000Z")';
    case "literal":
      return JSON.stringify(type.value);
    case "list":
      return depth >= 2 ? "[]" : `[\n${indent}  ${exampleOf(type.items, depth + 1, `${indent}  `)},\n${indent}]`;
    case "map":
      return depth >= 2 ? "{}" : `{\n${indent}  "key": ${exampleOf(type.values, depth + 1, `${indent}  `)},\n${indent}}`;
    case "ref": {
      const target = type.target;
      if (target.kind === "enum") return JSON.stringify(target.values[0]);
      if (target.kind === "union") return target.members[0] ? exampleOf(target.members[0], depth + 1, indent) : "{}";
      return depth >= 2 ? "{}" : objectExample(target, depth + 1, indent);
    }
  }
}

function objectExample(spec: Spec, depth: number, indent: string): string {
  const keys = spec.fields.filter((f) => f.required || f.nullInExample);
  if (keys.length === 0) return "{}";
  const inner = `${indent}  `;
  const lines = keys.map((f) => `${inner}${f.key}: ${f.required ? exampleOf(f.type, depth, inner) : "null"},`);
  return `{\n${lines.join("\n")}\n${indent}}`;
}

/** A table padded the way SDK doc generators pad them: every cell as wide as the widest cell of the table. */
function paddedTable(header: string[], rows: string[][]): string {
  const width = Math.max(...[header, ...rows].flat().map((cell) => cell.length));
  const line = (cells: string[]): string => `| ${cells.map((cell) => cell.padEnd(width)).join(" | ")} |`;
  return [line(header), `| ${header.map(() => "-".repeat(width)).join(" | ")} |`, ...rows.map(line)].join("\n");
}

function main(): void {
  const { values } = parseArgs({
    options: {
      files: { type: "string", default: "1000" },
      out: { type: "string" },
      seed: { type: "string", default: "1" },
      shape: { type: "string", default: "typical" },
    },
  });
  if (!values.out) {
    process.stderr.write(`usage: tsx scripts/synth-corpus.ts --files N --out DIR [--seed S] [--shape ${CORPUS_SHAPES.join("|")}]\n`);
    process.exitCode = 2;
    return;
  }
  try {
    const shape = values.shape as CorpusShape;
    if (!CORPUS_SHAPES.includes(shape)) throw new Error(`--shape must be one of ${CORPUS_SHAPES.join(", ")}, not ${values.shape}`);
    const { files, bytes } = synthesiseCorpus({ files: Number(values.files), out: values.out, seed: Number(values.seed), shape });
    process.stderr.write(`wrote ${files} specs (${(bytes / 1e6).toFixed(1)} MB, ${(bytes / files / 1000).toFixed(1)} KB a file) to ${values.out}\n`);
  } catch (error) {
    process.stderr.write(`synth-corpus: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 2;
  }
}

if (process.argv[1] !== undefined && realpathSync(process.argv[1]) === realpathSync(fileURLToPath(import.meta.url))) main();

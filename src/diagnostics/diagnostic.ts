import type { Point, Span } from "../base/span.js";

/**
 * Every problem the generator can report. The id is stable: users filter on
 * it and tests assert it. `hint` says what to do about it.
 */
export const rules = {
  "unresolved-reference": {
    severity: "error",
    hint: "Create the linked spec, fix the link, or pass --allow-unresolved to type it as unknown.",
  },
  "unparsable-type": {
    severity: "error",
    hint: "Write the type in one of the supported dialects, e.g. `*str*`, `List[X]`, `*string*[]`, `Record<string, X>`, or pass --allow-unresolved to type it as unknown.",
  },
  "unknown-type": {
    severity: "error",
    hint: "Link the name to its spec file, use a primitive such as `str`/`string`, `int`/`number`, `bool`/`boolean`, or pass --allow-unresolved to type it as unknown.",
  },
  "missing-model-heading": {
    severity: "error",
    hint: "Start the spec with a `# ModelName` heading.",
  },
  "missing-section": {
    severity: "error",
    hint: "Add a `## Fields` table, a `## Values` list or a `## Supported Types` section under the model heading.",
  },
  "missing-column": {
    severity: "error",
    hint: "Give the fields table a header row with at least the columns Field (or Name) and Type.",
  },
  "duplicate-field": {
    severity: "error",
    hint: "Remove or rename one of the rows; a field name can appear once per table.",
  },
  "duplicate-model": {
    severity: "error",
    hint: "Rename one of the models or move it to another folder; names must be unique within a folder.",
  },
  "invalid-model-name": {
    severity: "error",
    hint: "Use a name made of letters, digits and underscores, starting with a letter.",
  },
  "empty-file": {
    severity: "error",
    hint: "Write a model spec into the file or delete it.",
  },
  "invalid-encoding": {
    severity: "error",
    hint: "Save the file as UTF-8.",
  },
  "unreadable-file": {
    severity: "error",
    hint: "Make the file readable, or remove it; if it was moved or removed while mdspec ran, run mdspec again.",
  },
  "empty-cell": {
    severity: "error",
    hint: "Give the row a field name and a type, or remove the row.",
  },
  "markdown-too-complex": {
    severity: "error",
    hint: "Split the text into shorter paragraphs, nest quotes and lists less deeply, or put long examples in fenced code blocks.",
  },
  "empty-section": {
    severity: "warning",
    hint: "List at least one field, value or member, or remove the section.",
  },
  "malformed-table": {
    severity: "error",
    hint: "Give the divider row (`| --- | --- |`) one cell for each cell of the header row.",
  },
  "split-cell": {
    severity: "warning",
    hint: "Escape a `|` inside a table cell as `\\|`; as it is, markdown ends the cell there.",
  },
  "short-row": {
    severity: "warning",
    hint: "Give the row one cell for each column of the header; write N/A where there is nothing to say.",
  },
  "long-row": {
    severity: "warning",
    hint: "Escape a `|` inside a table cell as `\\|`, or give the header a column for each cell of the row.",
  },
  "unclear-required": {
    severity: "warning",
    hint: "Write ✓ (`:heavy_check_mark:`) or ➖ (`:heavy_minus_sign:`), or yes or no, in the Required column.",
  },
  "invalid-enum-value": {
    severity: "error",
    hint: 'Write each value as a JSON string or number, e.g. `"active"` or `42`.',
  },
  untyped: {
    severity: "warning",
    hint: "Write the type the docs lost, or link the model's spec; until then any value passes.",
  },
  "name-collision": {
    severity: "error",
    hint: "Rename one of the models: both would produce the same TypeScript name in one module folder.",
  },
  "self-containing-union": {
    severity: "error",
    hint: "Make one of the members a list, a map or an object that refers back, or remove the member that leads back to the union.",
  },
  "link-by-name": {
    severity: "warning",
    hint: "Fix the link so that it leads to the model's spec; until then the model is found by the link's file name, or by the name its text gives.",
  },
  "unresolved-reference-allowed": {
    severity: "warning",
    hint: "Create the linked spec or fix the link; until then the field is typed as unknown.",
  },
  "unparsable-type-allowed": {
    severity: "warning",
    hint: "Write the type in one of the supported dialects; until then it is typed as unknown.",
  },
  "unknown-type-allowed": {
    severity: "warning",
    hint: "Link the name to its spec file or write a type mdspec knows; until then it is typed as unknown.",
  },
} as const satisfies Record<string, { severity: Severity; hint: string }>;

export type RuleId = keyof typeof rules;
export type Severity = "error" | "warning";

/** A problem found in a spec, as plain data that can cross worker threads and be cached. */
export interface Diagnostic {
  /** The spec file, relative to the specs root, with `/` separators. */
  file: string;
  rule: RuleId;
  severity: Severity;
  /** What is wrong. */
  message: string;
  /** What to do about it. */
  hint: string;
  at: Span | Point;
}

/** A diagnostic of `rule`; `hint` replaces the rule's own where one case calls for other advice. */
export function diagnostic(file: string, rule: RuleId, message: string, at: Span | Point, hint: string = rules[rule].hint): Diagnostic {
  return { file, rule, severity: rules[rule].severity, message, hint, at };
}

/**
 * A diagnostic as a run that allows what cannot be resolved reports it
 * (--allow-unresolved): a type that cannot be read or that no dialect
 * knows, read as unknown, is a warning there. Others are as they were.
 */
export function allowingUnresolved(found: Diagnostic): Diagnostic {
  if (found.rule === "unknown-type") return diagnostic(found.file, "unknown-type-allowed", found.message, found.at);
  if (found.rule === "unparsable-type") return diagnostic(found.file, "unparsable-type-allowed", found.message, found.at);
  return found;
}

export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === "error");
}

export function startOf(at: Span | Point): Point {
  return "start" in at ? at.start : at;
}

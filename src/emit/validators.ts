/**
 * The validator and the assertion of one model: `validateX(value, path?)`
 * returns every way a value differs from X, each with a JSON pointer to
 * where; `assertX(value)` throws a ValidationError (a TypeError) listing them.
 *
 * Each validator has the shape of the model's guard (model-module.ts):
 * the same checks in the same order, the same try/catch around them (a
 * value that throws when read is reported, as the guard rejects it), and for
 * recursive models the same rule for cycles (a value met again while it is
 * being validated adds no issue, as the guard accepts it). So a validator
 * finds no issue exactly when the guard returns true.
 */
import { StructureKind, type FunctionDeclarationStructure, type StatementStructures } from "./ts-morph.js";
import type { EnumShape, Field, ObjectShape, UnionShape } from "../ir/types.js";
import { check } from "./guard-code.js";
import { articleFor } from "./article.js";
import { jsDoc } from "./jsdoc.js";
import { propertyAccess } from "./names.js";
import type { PlanView, PlannedModel } from "./plan.js";
import type { ModuleScope } from "./scope.js";
import { addIssues, expectedText, isLeaf, validation } from "./validator-code.js";
import { framed, trackerStatement } from "./wrap-checks.js";

export function validatorStatements(planned: PlannedModel, scope: ModuleScope, plan: PlanView): StatementStructures[] {
  const shape = planned.model.shape;
  const lines =
    shape.kind === "object"
      ? objectLines(planned, shape, scope, plan)
      : shape.kind === "enum"
        ? enumLines(planned, shape)
        : unionLines(planned, shape, scope, plan);
  return [...validateFunction(planned, lines, shape.kind !== "enum", scope), assertFunction(planned)];
}

function objectLines(planned: PlannedModel, shape: ObjectShape, scope: ModuleScope, plan: PlanView): string[] {
  return [
    `if (!rt.isRecord(value)) return [v.issue(path, ${JSON.stringify(planned.typeName)}, value)];`,
    "const issues: v.Issue[] = [];",
    ...shape.fields.map((field) => fieldLine(field, scope, plan)).filter((line) => line !== ""),
    "return issues;",
  ];
}

/** The issues of one field: missing when required, and wrong when present. */
function fieldLine(field: Field, scope: ModuleScope, plan: PlanView): string {
  const key = JSON.stringify(field.name);
  const subject = propertyAccess("value", field.name);
  // The key is known here, so its pointer segment is escaped now rather than at run time.
  const path = `path + ${JSON.stringify(`/${field.name.replace(/~/gu, "~0").replace(/\//gu, "~1")}`)}`;
  const checksValue = check(field.type, subject, scope) !== "true";
  if (field.optional) return checksValue ? addIssues(field.type, subject, path, scope, plan, `rt.hasOwn(value, ${key})`) : "";
  const missing = `if (!rt.hasOwn(value, ${key})) issues.push(v.missing(${path}, ${JSON.stringify(expectedText(field.type, plan))}));`;
  if (!checksValue) return missing;
  const present = addIssues(field.type, subject, path, scope, plan);
  return `${missing}\nelse ${present}`;
}

function enumLines(planned: PlannedModel, shape: EnumShape): string[] {
  const values = shape.values.map((value) => JSON.stringify(value));
  if (shape.open) values.push(...openKinds(shape));
  const expected = values.length === 0 ? "never" : values.join(" | ");
  return [`return ${enumTest(planned, shape)} ? [] : [v.issue(path, ${JSON.stringify(expected)}, value)];`];
}

/** The guard's test of an enum value (model-module.ts), repeated so validators work without the guards. */
function enumTest(planned: PlannedModel, shape: EnumShape): string {
  if (shape.open) return openKinds(shape).map((kind) => (kind === "string" ? `typeof value === "string"` : `rt.isNumber(value)`)).join(" || ");
  if (shape.values.length === 0) return "false";
  return `(${planned.valuesName!} as readonly unknown[]).includes(value)`;
}

/** The primitive kinds an open enum accepts besides its values, as the guard decides them. */
function openKinds(shape: EnumShape): string[] {
  const kinds = new Set(shape.values.map((value) => typeof value));
  const open: string[] = [];
  if (kinds.has("string") || kinds.size === 0) open.push("string");
  if (kinds.has("number")) open.push("number");
  return open;
}

function unionLines(planned: PlannedModel, shape: UnionShape, scope: ModuleScope, plan: PlanView): string[] {
  const type = { kind: "union", members: shape.members } as const;
  if (isLeaf(type)) {
    const test = shape.members.map((member) => check(member, "value", scope)).join(" || ");
    return [`return ${test.includes("||") ? `(${test})` : test} ? [] : [v.issue(path, ${JSON.stringify(planned.typeName)}, value)];`];
  }
  return [`return ${validation(type, "value", "path", scope, plan)};`];
}

/**
 * The exported validator, wrapped like the guard: a try/catch where the
 * guard has one, and for recursive models the set of values being validated.
 */
function validateFunction(
  planned: PlannedModel,
  lines: string[],
  readsProperties: boolean,
  scope: ModuleScope,
): StatementStructures[] {
  const unreadable = `v.unreadable(path, ${JSON.stringify(planned.typeName)})`;
  const fn = (statements: string[]): FunctionDeclarationStructure => ({
    kind: StructureKind.Function,
    name: planned.validateName,
    isExported: true,
    docs: [
      {
        kind: StructureKind.JSDoc,
        description:
          `Every way \`value\` differs from ${articleFor(planned.typeName)} {@link ${planned.typeName}}, each with a JSON pointer to where;\n` +
          "none exactly when `value` is one (when the guard returns true).",
        tags: [{ tagName: "param", text: "path Where `value` sits in a larger document, as a JSON pointer; issues' paths start with it." }],
      },
    ],
    parameters: [
      { name: "value", type: "unknown" },
      { name: "path", type: "string", initializer: '""' },
    ],
    returnType: "v.Issue[]",
    statements,
  });
  if (!readsProperties) return [fn(lines)];
  if (!planned.recursive) return [fn(framed({ body: lines, whenThrown: `[${unreadable}]` }))];
  const seen = scope.reserve(`validating${planned.typeName}`);
  return [
    trackerStatement(seen, planned.validateName, scope.global("WeakSet")),
    fn(framed({ body: lines, whenThrown: `[${unreadable}]`, tracking: { seen, whenSeen: "[]" } })),
  ];
}

function assertFunction(planned: PlannedModel): FunctionDeclarationStructure {
  return {
    kind: StructureKind.Function,
    name: planned.assertName,
    isExported: true,
    docs: jsDoc(
      `Throws a \`ValidationError\` (a \`TypeError\`) listing every way \`value\` differs from ${articleFor(planned.typeName)} {@link ${planned.typeName}}.`,
      [],
    ),
    parameters: [{ name: "value", type: "unknown" }],
    returnType: `asserts value is ${planned.typeName}`,
    statements: [
      `const issues = ${planned.validateName}(value);`,
      `if (issues.length > 0) throw new v.ValidationError(${JSON.stringify(planned.typeName)}, issues);`,
    ],
  };
}

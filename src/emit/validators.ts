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
import {
  StructureKind,
  VariableDeclarationKind,
  type FunctionDeclarationStructure,
  type StatementStructures,
  type WriterFunction,
} from "./ts-morph.js";
import type { EnumShape, Field, ObjectShape, UnionShape } from "../ir/types.js";
import { openEnumKinds } from "../ir/enums.js";
import { call, not, printCheck, type Check } from "./check-tree.js";
import { check } from "./guard-code.js";
import { admitsAnyValue, enumCheck, fieldChunks, knownKeyLiterals } from "./model-checks.js";
import { articleFor } from "./article.js";
import { jsDoc } from "./jsdoc.js";
import { propertyAccess } from "./names.js";
import type { PlanView, PlannedModel } from "./plan.js";
import type { ModuleScope } from "./scope.js";
import { addIssues, expectedLiteral, isLeaf, pushIssue, validation, validator } from "./validator-code.js";
import { arrayExpression, callExpression, conditionalExpression, isKind, printExpression } from "./layout-expressions.js";
import { framed, trackerStatement } from "./wrap-checks.js";
import { jsonString, stringLiteral } from "./literal.js";
import type { GenericConstant } from "./layout-declarations.js";
import { bodyStatements, expressionStatement, ifStatement, type BodyStatement, type ExpressionStatement } from "./layout-statements.js";

export function validatorStatements(planned: PlannedModel, scope: ModuleScope, plan: PlanView): StatementStructures[] {
  const shape = planned.model.shape;
  if (shape.kind === "object") {
    const { lines, helpers } = objectLines(planned, shape, scope, plan);
    return [...validateFunction(planned, lines, true, scope), ...helpers, assertFunction(planned), schemaStatement(planned)];
  }
  if (shape.kind === "union" && admitsAnyValue(shape)) {
    // A union that admits any value has no issue to find.
    return [...validateFunction(planned, ["return [];"], false, scope), assertFunction(planned), schemaStatement(planned)];
  }
  const lines = shape.kind === "enum" ? enumLines(planned, shape, scope) : unionLines(planned, shape, scope, plan);
  return [...validateFunction(planned, lines, shape.kind !== "enum", scope), assertFunction(planned), schemaStatement(planned)];
}

/** The model's Standard Schema: its validator, in the interface libraries that take any validator accept. */
function schemaStatement(planned: PlannedModel): GenericConstant {
  const type = { name: "v.StandardSchemaV1", arguments: ["unknown", planned.typeName] };
  return {
    kind: StructureKind.VariableStatement,
    isExported: true,
    declarationKind: VariableDeclarationKind.Const,
    docs: jsDoc(`{@link ${planned.typeName}} as a Standard Schema (https://standardschema.dev), for libraries that take any validator.`, []),
    declarations: [{ name: planned.schemaName, type: `${type.name}<${type.arguments.join(", ")}>`, initializer: `v.standardSchema(${planned.validateName})` }],
    genericType: type,
  };
}

/** An object validator's statements, and for a large object its helpers, one per part of the fields as the guard has them. */
function objectLines(planned: PlannedModel, shape: ObjectShape, scope: ModuleScope, plan: PlanView) {
  const issue = callExpression("v.issue", ["path", stringLiteral(planned.typeName), "value"]);
  const notRecord = ifStatement(not(call(scope.runtime("isRecord"), "value")), expressionStatement(arrayExpression([issue]), "return"));
  const parts = fieldChunks(shape.fields);
  const fieldLines = (fields: readonly Field[]) => fields.flatMap((field) => fieldLine(field, scope, plan));
  const others = shape.additionalProperties;
  const otherKeys =
    others === undefined || others.kind === "unknown"
      ? []
      : [expressionStatement(callExpression("v.add", ["issues", callExpression("v.others", ["value", "path", arrayExpression(knownKeyLiterals(shape)), validator(others, scope, plan)])]))];
  if (parts.length === 1) {
    const lines: BodyStatement[] = [notRecord, "const issues: v.Issue[] = [];", ...fieldLines(parts[0]!), ...otherKeys, "return issues;"];
    return { lines, helpers: [] };
  }
  const helpers = parts.map(
    (fields, i): FunctionDeclarationStructure => ({
      kind: StructureKind.Function,
      name: scope.reserve(`${planned.validateName}Part${i + 1}`),
      parameters: [
        { name: "value", type: scope.runtime("Fields") },
        { name: "path", type: "string" },
        { name: "issues", type: "v.Issue[]" },
      ],
      returnType: "void",
      statements: bodyStatements(fieldLines(fields)),
    }),
  );
  const lines: BodyStatement[] = [notRecord, "const issues: v.Issue[] = [];", ...helpers.map((helper) => `${helper.name}(value, path, issues);`), ...otherKeys, "return issues;"];
  return { lines, helpers };
}

/** The statement that adds the issues of one field, if it needs one: missing when required, and wrong when present. */
function fieldLine(field: Field, scope: ModuleScope, plan: PlanView): BodyStatement[] {
  const subject = propertyAccess("value", field.name);
  // The key is known here, so its pointer segment is escaped now rather than at run time.
  const path = `path + ${jsonString(`/${field.name.replace(/~/gu, "~0").replace(/\//gu, "~1")}`)}`;
  const present = call(scope.runtime("hasOwn"), "value", jsonString(field.name));
  if (field.optional) return addIssues(field.type, subject, path, scope, plan, present);
  const missing = pushIssue(callExpression("v.missing", [path, expectedLiteral(field.type, plan)]));
  const [wrong] = addIssues(field.type, subject, path, scope, plan);
  return [ifStatement(not(present), missing, wrong)];
}

function enumLines(planned: PlannedModel, shape: EnumShape, scope: ModuleScope): BodyStatement[] {
  const expected = [...shape.values.map((value) => JSON.stringify(value)), ...openEnumKinds(shape)];
  // The guard's own test (model-module.ts), so that validators work without the guards.
  return [returnIssueUnless(enumCheck(planned, shape, scope), stringLiteral(expected.length === 0 ? "never" : expected.join(" | ")))];
}

/** `return valid ? [] : [v.issue(path, expected, value)];` */
function returnIssueUnless(valid: Check, expected: string): ExpressionStatement {
  const issue = arrayExpression([callExpression("v.issue", ["path", expected, "value"])]);
  return expressionStatement(conditionalExpression(valid, "[]", issue), "return");
}

function unionLines(planned: PlannedModel, shape: UnionShape, scope: ModuleScope, plan: PlanView): BodyStatement[] {
  const type = { kind: "union", members: shape.members } as const;
  if (isLeaf(type)) {
    return [returnIssueUnless(check(type, "value", scope), stringLiteral(planned.typeName))];
  }
  const validated = validation(type, "value", "path", scope, plan);
  return [isKind(validated, "call") ? expressionStatement(validated, "return") : `return ${printExpression(validated)};`];
}

/**
 * The exported validator, wrapped like the guard: a try/catch where the
 * guard has one, and for recursive models the set of values being validated.
 */
function validateFunction(
  planned: PlannedModel,
  lines: BodyStatement[],
  readsProperties: boolean,
  scope: ModuleScope,
): StatementStructures[] {
  const unreadable = `v.unreadable(path, ${stringLiteral(planned.typeName)})`;
  const fn = (statements: Array<string | WriterFunction>): FunctionDeclarationStructure => ({
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
  if (!readsProperties) return [fn(bodyStatements(lines))];
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
    statements: bodyStatements([
      `const issues = ${planned.validateName}(value);`,
      ifStatement("issues.length > 0", expressionStatement(callExpression("new v.ValidationError", [stringLiteral(planned.typeName), "issues"]), "throw")),
    ]),
  };
}

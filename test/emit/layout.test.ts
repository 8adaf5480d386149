/**
 * What layout-statements.ts and layout-declarations.ts lay out is what
 * prettier prints: each statement below is printed, formatted, and found
 * unchanged, and takes the layout it names.
 */
import { describe, expect, it } from "vitest";
import { all, any, call, not, printCheck, type Check } from "../../src/emit/check-tree.js";
import { formatModuleParts, formatTypeScript, isInPrettierLayout } from "../../src/emit/format.js";
import { constArray, importDeclaration, printFunction, printTypeAlias, printVariable, unionAlias } from "../../src/emit/layout-declarations.js";
import { arrayExpression, arrowFunction, callExpression, conditionalExpression, type Expression } from "../../src/emit/layout-expressions.js";
import { bodyStatements, expressionStatement, ifStatement, returnStatement, type BodyStatement } from "../../src/emit/layout-statements.js";
import { StructureKind, VariableDeclarationKind } from "../../src/emit/ts-morph.js";

const has = (key: string) => call("rt.hasOwn", "value", JSON.stringify(key));
const isString = (key: string): Check => ({ kind: "typeof", subject: `value.${key}`, type: "string" });
const wrong = (key: string) => all([has(key), not(isString(key))]);
const arrayOfRecords = (key: string) =>
  call("rt.isArrayOf", `value.${key}`, { kind: "predicate", parameter: "item", type: "{ [key: string]: unknown }", check: call("rt.isRecord", "item") });

/** A function of the statements, printed as the emitter prints a module's part. */
function fn(statements: BodyStatement[], name = "check"): string {
  return printFunction({ kind: StructureKind.Function, name, isExported: true, parameters: [{ name: "value", type: "unknown" }], returnType: "boolean", statements: bodyStatements(statements) });
}

async function expectPrettierKeeps(text: string): Promise<void> {
  expect(await formatTypeScript(`${text}\n`)).toBe(`${text}\n`);
}

/** The statements, printed in a function, take the layout named and are as prettier prints them. */
async function expectLaidOut(statements: readonly BodyStatement[], layout: string): Promise<void> {
  const text = fn([...statements]);
  await expectPrettierKeeps(text);
  expect(text).toContain(layout);
}

describe("layout", () => {
  it.each([
    ["an if on one line", [ifStatement(wrong("id"), "return false;")], 'if (rt.hasOwn(value, "id") && typeof value.id !== "string") return false;'],
    ["an if whose consequent moves to the next line", [ifStatement(wrong("deprecationReplacementModel"), "return false;")], ')\n    return false;'],
    [
      "an if whose test is broken an operand a line",
      [ifStatement(wrong("deprecation_replacement_model_of_the_parent_workflow"), "return false;")],
      'if (\n    rt.hasOwn(value, "deprecation_replacement_model_of_the_parent_workflow") &&\n',
    ],
    [
      "an else if, counted with its else",
      [ifStatement(not(has("workflowExecutionIdentifier")), "return false;", ifStatement(not(isString("workflowExecutionIdentifier")), "return true;"))],
      "else if (",
    ],
    ["a return on one line", [returnStatement(any([isString("a"), isString("b")]))], 'return typeof value.a === "string" || typeof value.b === "string";'],
    [
      "a return whose chain moves into brackets on a line of its own",
      [returnStatement(any(["aa", "bb", "cc"].map(isString)))],
      'return (\n    typeof value.aa === "string" || typeof value.bb === "string" || typeof value.cc === "string"\n  );',
    ],
    [
      "a return whose chain is broken an operand a line",
      [returnStatement(any(["aaaaaaaaaaaa", "bbbbbbbbbbbb", "cccccccccccc", "dddddddddddd", "eeeeeeeeeeee"].map(isString)))],
      'return (\n    typeof value.aaaaaaaaaaaa === "string" ||\n    typeof value.bbbbbbbbbbbb === "string" ||',
    ],
    [
      "an if whose negated chain is broken inside its !( and ), an operand a line",
      [ifStatement(all([has("agent_file_moderation_of_the_workflow"), not(any([{ kind: "equals", subject: "value.agent_file_moderation_of_the_workflow", literal: "null" }, call("isUpdateClassifierMessage", "value.agent_file_moderation_of_the_workflow")]))]), "return false;")],
      ' &&\n    !(\n      value.agent_file_moderation_of_the_workflow === null ||\n      isUpdateClassifierMessage(',
    ],
    ["an if whose call among the operands is broken, its function hugged", [ifStatement(all([has("sort"), not(arrayOfRecords("sort"))]), "return false;")], "!rt.isArrayOf(value.sort, (item: unknown): item is { [key: string]: unknown } =>\n      rt.isRecord(item),\n    )\n  )"],
    [
      "an if whose call among the operands is broken an argument a line",
      [ifStatement(all([has("detail_vector_embedding"), not(arrayOfRecords("detail_vector_embedding"))]), "return false;")],
      "!rt.isArrayOf(\n      value.detail_vector_embedding,\n      (item: unknown): item is { [key: string]: unknown } => rt.isRecord(item),\n    )",
    ],
  ] as const)("%s", (_, statements, layout) => expectLaidOut(statements, layout));

  it("breaks a function's parameters one a line where its signature does not fit", async () => {
    const text = fn(["return true;"], "isActivityTaskCompletedAttributesResponseWithAnEvenLongerName");
    await expectPrettierKeeps(text);
    expect(text).toContain("(\n  value: unknown,\n): boolean {");
  });

  it("breaks a constant after the = or between its type's arguments, and imports one name a line", async () => {
    const constant = (name: string) =>
      printVariable({
        kind: StructureKind.VariableStatement,
        isExported: true,
        declarationKind: VariableDeclarationKind.Const,
        declarations: [{ name: `${name}Schema`, type: `v.StandardSchemaV1<unknown, ${name}>`, initializer: `v.standardSchema(validate${name})` }],
        genericType: { name: "v.StandardSchemaV1", arguments: ["unknown", name] },
      });
    for (const name of ["Pet", "ModelCapabilities", "WorkflowRegistration", "ActivityTaskCompletedAttributesResponse"]) await expectPrettierKeeps(constant(name));
    expect(constant("WorkflowRegistration")).toContain(" =\n  v.standardSchema(validateWorkflowRegistration);");
    expect(constant("ActivityTaskCompletedAttributesResponse")).toContain("v.StandardSchemaV1<\n  unknown,\n  ActivityTaskCompletedAttributesResponse\n> = v.standardSchema(");
    const names = ["type AgentConversationAgentVersion", "isAgentConversationAgentVersion", "validateAgentConversationAgentVersion"];
    const broken = importDeclaration(names, "./agentconversationagentversion.js");
    await expectPrettierKeeps(broken);
    expect(broken).toContain("import {\n  type AgentConversationAgentVersion,\n");
  });
});

describe("a chain whose first operand is a broken call", () => {
  // prettier may keep `|| next` on the call's closing line after `return (` or `!(`: left to it there.
  it.each([
    ["returned", (key: string) => returnStatement(any([arrayOfRecords(key), isString(key)]))],
    ["negated in an if", (key: string) => ifStatement(all([has(key), not(any([arrayOfRecords(key), isString(key)]))]), "return false;")],
  ])("is left to prettier, %s", async (_, statement) => {
    for (const key of ["sort", "detail_vector_embedding"]) {
      const text = fn([statement(key)]);
      expect(text).not.toMatch(/\) \|\|\n/u);
      await expectKeptOrLeft(text);
    }
  });
});

describe("a negated chain that would fit inside its brackets", () => {
  // Each chain is as wide as a line one level in from its `!(`: prettier keeps one of two operands there, and
  // breaks one of three.
  const widened = (operands: (filler: string) => Check[]) => {
    let filler = "b";
    while (printCheck(any(operands(filler))).length < 94) filler += "b";
    return not(any(operands(filler)));
  };
  it.each([
    ["of two operands", widened((b) => [{ kind: "equals", subject: "value.ünï", literal: "null" }, call("isUpdateClassifierMessage", `value.${b}`)])],
    ["of three operands", widened((b) => [{ kind: "equals", subject: "value.ünï", literal: "null" }, call("rt.isDateOrDateTimeString", "value.ünï"), isString(b)])],
  ])("is left to prettier, %s", async (_, negated) => {
    const text = fn([ifStatement(all([has("ünï"), negated]), "return false;")]);
    expect(text).not.toContain("!(\n");
    await expectKeptOrLeft(text);
  });
});

describe("layout of calls and arrays", () => {
  const key = "deprecation_replacement_model_of_the_parent_workflow";
  const arrayOf = (validate: Expression) =>
    callExpression("v.arrayOf", [`value.${key}`, `path + "/${key}"`, '"WorkflowRegistration[]"', validate]);
  const add = (validate: Expression) => expressionStatement(callExpression("v.add", ["issues", arrayOf(validate)]));
  const issue = (expected: string) => arrayExpression([callExpression("v.issue", ["path", expected, "value"])]);

  it.each([
    ["a call an argument a line, and a call among them too", [add("validateWorkflowRegistration")], "v.add(\n    issues,\n    v.arrayOf(\n      value.deprecation"],
    ["an if whose consequent is a broken call", [ifStatement(has(key), add("validateWorkflowRegistration"))], ")\n    v.add(\n      issues,\n"],
    ["an else whose call is broken", [ifStatement(not(has(key)), "return false;", add("validateWorkflowRegistration"))], "  else\n    v.add(\n"],
    [
      "a thrown call",
      [ifStatement("issues.length > 0", expressionStatement(callExpression("new v.ValidationError", [`"${key}_of_${key.slice(0, 30)}"`, "issues"]), "throw"))],
      'throw new v.ValidationError(\n      "deprecation',
    ],
    [
      "a returned array of a call",
      [expressionStatement(arrayExpression([callExpression("v.issue", ["path", `"${key}_of_${key.slice(0, 30)}"`, "value"])]), "return")],
      "return [\n    v.issue(\n      path,\n",
    ],
    [
      "a returned conditional, ? and : a line each",
      [expressionStatement(conditionalExpression(call("(confidenceScoresGranularityValues as readonly unknown[]).includes", "value"), "[]", issue(`'"word" | "page"'`)), "return")],
      '.includes(value)\n    ? []\n    : [v.issue(path, \'"word" | "page"\', value)];',
    ],
  ] as const)("%s", (_, statements, layout) => expectLaidOut(statements, layout));

  it("leaves a returned conditional to prettier where its alternate must break", async () => {
    const expected = `'${Array.from({ length: 12 }, (_, i) => `"/v1/endpoint${i}"`).join(" | ")}'`;
    const text = fn([expressionStatement(conditionalExpression(isString("value"), "[]", issue(expected)), "return")]);
    expect(text).not.toContain("\n    ? []");
    await expectKeptOrLeft(text);
  });

  const isStringItem = conditionalExpression({ kind: "typeof", subject: "item", type: "string" }, "[]", arrayExpression([callExpression("v.issue", ["at", '"string"', "item"])]));
  const arrow = arrowFunction("(item: unknown, at: string): v.Issue[]", isStringItem);
  const isNull = arrowFunction("(item: unknown, at: string): v.Issue[]", conditionalExpression({ kind: "equals", subject: "item", literal: "null" }, "[]", arrayExpression([callExpression("v.issue", ["at", '"null"', "item"])])));
  const addArrayOf = (name: string) =>
    expressionStatement(callExpression("v.add", ["issues", callExpression("v.arrayOf", [`value.${name}`, `path + "/${name}"`, '"string[]"', arrow])]));
  const listOfLists = arrowFunction("(item: unknown, at: string): v.Issue[]", callExpression("v.arrayOf", ["item", "at", '"string[]"', arrow]));
  const addArrayOfLists = (name: string) =>
    expressionStatement(callExpression("v.add", ["issues", callExpression("v.arrayOf", [`value.${name}`, `path + "/${name}"`, '"string[][]"', listOfLists])]));
  const anyOf = (names: string[]) => expressionStatement(callExpression("v.anyOf", ["value", "path", JSON.stringify(names.join(" | ")), arrayExpression([...names.map((name) => `validate${name}`), arrow])]), "return");

  it.each([
    ["a hugged function, its body on a line of its own", [ifStatement(has("ids"), addArrayOf("ids"))], '"string[]", (item: unknown, at: string): v.Issue[] =>\n        typeof item'],
    ["a function among broken arguments", [ifStatement(has(key), addArrayOf(key))], '"string[]",\n        (item: unknown, at: string): v.Issue[] =>\n          typeof item'],
    ["a hugged array", [anyOf(["ModelConversation", "AgentConversation"])], '"ModelConversation | AgentConversation", [\n    validateModelConversation,\n'],
    [
      "a string too long for any line, alone on its own",
      [anyOf(Array.from({ length: 8 }, (_, i) => `CredentialsImageAndTheLike${i}`))],
      '    "CredentialsImageAndTheLike0 | CredentialsImageAndTheLike1',
    ],
    [
      "a call of a call that takes a function, broken though it fits",
      [expressionStatement(callExpression("f", ["a", callExpression("g", ["b", arrowFunction("(x)", conditionalExpression({ kind: "equals", subject: "x", literal: "null" }, "a", "b"))])]))],
      "f(\n    a,\n    g(b, (x) => (x === null ? a : b)),\n  );",
    ],
    [
      "an if whose consequent is such a call",
      [ifStatement("x", expressionStatement(callExpression("f", ["a", callExpression("g", ["b", arrowFunction("(x)", conditionalExpression({ kind: "equals", subject: "x", literal: "null" }, "a", "b"))])])))],
      "if (x)\n    f(\n      a,\n",
    ],
  ] as const)("%s", (_, statements, layout) => expectLaidOut(statements, layout));

  it("lays out calls of every width as prettier does, or leaves them to it", async () => {
    let laidOut = 0;
    for (let length = 1; length <= 72; length++) {
      const name = "x".repeat(length);
      const text = fn([
        ifStatement(has(name), addArrayOf(name), addArrayOf(name)),
        expressionStatement(callExpression("v.add", [name, isNull])),
        anyOf([`M${name}`, "AgentConversation"]),
        addArrayOfLists(name),
        expressionStatement(callExpression("v.anyOf", ["value", "path", `"M${name}[][]"`, arrayExpression(["validateA", listOfLists])]), "return"),
      ]);
      await expectKeptOrLeft(text);
      if (isInPrettierLayout(text)) laidOut++;
    }
    // Each width was laid out here, none left to prettier.
    expect(laidOut).toBe(72);
  });
});

/** A part comes out as prettier prints it: laid out so, or left on a line too wide for prettier to format. */
async function expectKeptOrLeft(text: string): Promise<void> {
  expect(await formatModuleParts([[text]])).toEqual([await formatTypeScript(`${text}\n`)]);
}

describe("what is left to prettier", () => {
  const long = "ActivityTaskCompletedAttributesResponseWithAVeryLongNameIndeedAndEvenLongerStillMoreAndMore";
  const alias = (members: string[]) => printTypeAlias(unionAlias({ kind: StructureKind.TypeAlias, name: "ConversationHistoryEntry", isExported: true }, members));

  it.each([
    ["a long type and null, which prettier hugs", [long, "null"]],
    ["a generic type and null, whose arguments prettier breaks", [`Record<string, ${long.slice(0, 70)}>`, "null"]],
    ["a type beside null and void", [long, "null", "void"]],
    ["an object type and null", [`{ [key: string]: ${long.slice(0, 80)} }`, "null"]],
  ])("a union of %s", async (_, members) => {
    const text = alias(members);
    expect(text).not.toContain("\n  | ");
    await expectKeptOrLeft(text);
  });

  it("lays out a union with an object type among its members, a member a line", async () => {
    const text = alias(["CheckpointTuningSchemaLogprob", "VersionDatasetImageMetric", "string", "{ [key: string]: unknown }", "QuotaPromptAudio", "string[]"]);
    expect(text).toContain("\n  | { [key: string]: unknown }\n");
    await expectPrettierKeeps(text);
  });

  it("lays out a union of strings that hold a |, which are no unions", async () => {
    const text = alias(Array.from({ length: 8 }, (_, i) => JSON.stringify(`${i}|`.padEnd(12, "x"))));
    expect(text).toContain('\n  | "0|xxxxxxxxxx"\n');
    await expectPrettierKeeps(text);
  });

  it("leaves a call whose one argument is long to prettier, which breaks inside its brackets", async () => {
    const constant = (name: string, argument: string, type?: string) =>
      printVariable({ kind: StructureKind.VariableStatement, isExported: true, declarationKind: VariableDeclarationKind.Const, declarations: [{ name, ...(type !== undefined && { type }), initializer: `v.standardSchema(${argument})` }] });
    const name = "aVeryLongConstantNameThatTakesUpMostOfTheLineWidthForSure";
    const fluid = constant(name, "validateSomethingLongerThanTwentyFive");
    expect(fluid).not.toContain("=\n");
    await expectKeptOrLeft(fluid);
    await expectKeptOrLeft(constant("aVeryLongConstantNameThatTakesUpMostOfTheLine", "validateSomethingLongerThanTwentyFive", "SomeType"));
    // Where even the opening bracket does not fit beside the `=`, the break comes after it.
    const late = constant(`${name}AndMoreStill`, "validateSomethingLongerThanTwentyFive");
    expect(late).toContain(" =\n  v.standardSchema(");
    await expectPrettierKeeps(late);
    const short = constant(name, "validateShort");
    expect(short).toContain(" =\n  v.standardSchema(validateShort);");
    await expectPrettierKeeps(short);
  });

  it("leaves a signature with no parameters on its line", async () => {
    // `export function name(` fits the width; the signature does not.
    const name = `is${"VeryLong".repeat(9)}Name`;
    const none = printFunction({ kind: StructureKind.Function, name, isExported: true, returnType: "boolean", statements: ["return true;"] });
    expect(none).toContain(`export function ${name}(): boolean {`);
    await expectKeptOrLeft(none);
  });
});

describe("layout of enums' types and values", () => {
  const alias = (count: number, length: number) =>
    printTypeAlias(unionAlias({ kind: StructureKind.TypeAlias, name: "Reason", isExported: true }, Array.from({ length: count }, (_, i) => JSON.stringify(`${i}`.padEnd(length, "x")))));
  const values = (elements: string[], name = "reasonValues") =>
    printVariable(constArray({ isExported: true, declarationKind: VariableDeclarationKind.Const }, name, elements));

  it.each([
    ["on one line", alias(3, 5), 'export type Reason = "0xxxx" | "1xxxx" | "2xxxx";'],
    ["on the line after the =", alias(8, 7), 'export type Reason =\n  "0xxxxxx" | "1xxxxxx"'],
    ["a member a line", alias(8, 12), 'export type Reason =\n  | "0xxxxxxxxxxx"\n  | "1xxxxxxxxxxx"'],
    ["values on one line", values(['"a"', '"b"']), 'export const reasonValues = ["a", "b"] as const;'],
    ["values a line each", values(Array.from({ length: 8 }, (_, i) => JSON.stringify(`${i}`.padEnd(12, "x")))), 'export const reasonValues = [\n  "0xxxxxxxxxxx",\n'],
    ["numbers left to prettier", values(Array.from({ length: 30 }, (_, i) => String(1000 + i))), "export const reasonValues = [1000, 1001"],
  ])("%s", async (_, text, layout) => {
    expect(text).toContain(layout);
    // An array of numbers stays on its line, too wide, so that its part is formatted by prettier.
    if (layout.startsWith("export const reasonValues = [1000")) expect(isInPrettierLayout(text)).toBe(false);
    else await expectPrettierKeeps(text);
  });

  it("leaves an empty array too long for its line to prettier, which moves it after the =", async () => {
    // `export const name = [` fits the width; `] as const;` does not fit beside it.
    const empty = values([], "listWorkflowExecutionsV1WorkflowsExecutionsGetResponseItemsAttributesValueValues");
    expect(empty).not.toContain("[\n");
    await expectKeptOrLeft(empty);
  });
});

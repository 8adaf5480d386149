/**
 * The value of a TypeScript `## Example Usage` block, such as
 *
 *     import { Agent } from "@mistralai/mistralai/models/components";
 *
 *     let value: Agent = { name: "<value>", createdAt: new Date("2024-08-23T06:20:02.699Z") };
 *
 * The code is spec text, so it is parsed, never run: the initializer is read
 * as a literal made of objects, arrays, strings, numbers, booleans, null and
 * `new Date(...)`. Anything else is reported as not readable, with what was
 * found.
 */
import { ts } from "ts-morph";

export type ExampleValue =
  | { kind: "value"; value: unknown }
  | { kind: "none" }
  | { kind: "unreadable"; reason: string };

/** Reads the first `let/const value: T = <literal>;` of an example block. */
export function readExampleValue(code: string): ExampleValue {
  const source = ts.createSourceFile("example.ts", code, ts.ScriptTarget.ES2022, true);
  for (const statement of source.statements) {
    if (!ts.isVariableStatement(statement)) continue;
    for (const declaration of statement.declarationList.declarations) {
      if (!declaration.initializer) continue;
      try {
        return { kind: "value", value: literal(declaration.initializer, source) };
      } catch (error) {
        if (error instanceof NotLiteral) return { kind: "unreadable", reason: error.message };
        throw error;
      }
    }
  }
  return { kind: "none" };
}

class NotLiteral extends Error {}

function literal(node: ts.Expression, source: ts.SourceFile): unknown {
  if (ts.isParenthesizedExpression(node)) return literal(node.expression, source);
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isNumericLiteral(node)) return Number(node.text);
  if (ts.isPrefixUnaryExpression(node) && ts.isNumericLiteral(node.operand)) {
    if (node.operator === ts.SyntaxKind.MinusToken) return -Number(node.operand.text);
    if (node.operator === ts.SyntaxKind.PlusToken) return Number(node.operand.text);
  }
  if (node.kind === ts.SyntaxKind.TrueKeyword) return true;
  if (node.kind === ts.SyntaxKind.FalseKeyword) return false;
  if (node.kind === ts.SyntaxKind.NullKeyword) return null;
  if (ts.isArrayLiteralExpression(node)) return node.elements.map((element) => literal(element, source));
  if (ts.isObjectLiteralExpression(node)) {
    const object: Record<string, unknown> = {};
    for (const property of node.properties) {
      if (!ts.isPropertyAssignment(property)) throw new NotLiteral(`unsupported property ${property.getText(source)}`);
      const name = property.name;
      if (!(ts.isIdentifier(name) || ts.isStringLiteral(name) || ts.isNumericLiteral(name))) {
        throw new NotLiteral(`unsupported key ${name.getText(source)}`);
      }
      // defineProperty, so that a key such as "__proto__" becomes an own property, as JSON.parse makes it.
      Object.defineProperty(object, name.text, {
        value: literal(property.initializer, source),
        enumerable: true,
        writable: true,
        configurable: true,
      });
    }
    return object;
  }
  if (ts.isNewExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === "Date") {
    const [arg, ...rest] = (node.arguments ?? []).map((a) => literal(a, source));
    if ((typeof arg === "string" || typeof arg === "number") && rest.length === 0) return new Date(arg);
  }
  throw new NotLiteral(`unsupported expression ${node.getText(source).slice(0, 80)}`);
}

/**
 * The keys an example object sets to null. TypeScript SDK docs write a
 * nullable field's type without `| null`; the example value is the only
 * place where such a field shows that it may be null.
 */
export function keysSetToNull(code: string): string[] {
  const example = readExampleValue(code);
  const value = example.kind === "value" ? example.value : undefined;
  if (typeof value !== "object" || value === null || Array.isArray(value)) return [];
  return Object.entries(value).flatMap(([key, value]) => (value === null ? [key] : []));
}

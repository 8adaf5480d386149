/**
 * Which generator's docs a file is: OpenAPI Generator's by its section
 * titles (`## Properties`, `## Enum`); otherwise Speakeasy's Python or
 * TypeScript SDK docs, by the language of their code fences if they have
 * any, else by the type names their fields use.
 */
import type { RootContent } from "mdast";
import type { Dialect, SpecModel } from "./document.js";
import type { TypeExpr } from "./type-expression.js";

const PYTHON_WORDS = new Set(["str", "int", "float", "bool", "List", "Dict", "Optional", "Nullable", "OptionalNullable", "Literal", "Any", "datetime"]);

/** pydantic's row for a model's other keys, which only Python's docs have. */
const PYTHON_EXTRA_KEYS = "__pydantic_extra__";
const TYPESCRIPT_WORDS = new Set(["string", "number", "boolean", "any", "Record", "Date", "Array"]);

export function detectDialect(nodes: readonly RootContent[], models: readonly SpecModel[], openApiGenerator: boolean): Dialect {
  if (openApiGenerator) return "openapi-generator";
  for (const node of nodes) {
    if (node.type !== "code") continue;
    if (node.lang === "python") return "python";
    if (node.lang === "typescript" || node.lang === "ts") return "typescript";
  }
  const fields = models.flatMap((model) => (model.section.kind === "fields" ? model.section.fields : []));
  if (fields.some((field) => field.name === PYTHON_EXTRA_KEYS)) return "python";
  let python = 0;
  let typescript = 0;
  const visit = (expr: TypeExpr): void => {
    if (expr.kind === "name" || expr.kind === "generic") {
      // `Union[...]` is Python's; a model may be named Union in any language.
      if (PYTHON_WORDS.has(expr.name) || (expr.kind === "generic" && expr.name === "Union")) python++;
      if (TYPESCRIPT_WORDS.has(expr.name)) typescript++;
      if (expr.kind === "generic") expr.args.forEach(visit);
    } else if (expr.kind === "array") {
      typescript++;
      visit(expr.items);
    } else if (expr.kind === "union") expr.members.forEach(visit);
    else if (expr.kind === "index-signature") visit(expr.values);
  };
  for (const field of fields) visit(field.type);
  return typescript > python ? "typescript" : "python";
}

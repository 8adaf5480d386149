/**
 * The frame around a generated check function's body, shared by guards and
 * validators so both treat hostile values alike: a try/catch, because a
 * throwing getter or proxy means the value is not of the type; and for
 * recursive models a set of the values being checked right now, so that a
 * value met again while it is checked (a cycle) ends the walk: it holds no
 * fault that the first visit will not find.
 */
import { StructureKind, VariableDeclarationKind, type VariableStatementStructure, type WriterFunction } from "./ts-morph.js";
import { ifStatement, writeStatements, type BodyStatement } from "./layout-statements.js";
import { jsDoc } from "./jsdoc.js";

export interface Frame {
  /** The statements that check the value; they end in a return. */
  body: BodyStatement[];
  /** What the function returns for a value that throws when read. */
  whenThrown: string;
  /** For recursive models: the name of the set of values being checked, and what a value met again returns. */
  tracking?: { seen: string; whenSeen: string };
}

/** The function's statements: the body inside its frame. */
export function framed({ body, whenThrown, tracking }: Frame): WriterFunction[] {
  return [
    (writer) => {
      if (tracking) {
        writer.writeLine(`const tracked = typeof value === "object" && value !== null;`);
        const seenBefore = ifStatement(`${tracking.seen}.has(value)`, `return ${tracking.whenSeen};`);
        writer.write("if (tracked) ").inlineBlock(() => writeStatements(writer, [seenBefore, `${tracking.seen}.add(value);`]));
        // A blank line before the try, which reads as the body.
        writer.newLine().blankLine();
      }
      writer.write("try ").inlineBlock(() => writeStatements(writer, body));
      writer.write(" catch ").inlineBlock(() => writer.writeLine(`return ${whenThrown};`));
      if (tracking) writer.write(" finally ").inlineBlock(() => writer.writeLine(`if (tracked) ${tracking.seen}.delete(value);`));
      writer.newLine();
    },
  ];
}

/** The module-level set a recursive model's function keeps its values in, while it checks them. */
/** `weakSet` is how the module names the global WeakSet (a model may be called `WeakSet`). */
export function trackerStatement(seen: string, functionName: string, weakSet: string): VariableStatementStructure {
  return {
    kind: StructureKind.VariableStatement,
    declarationKind: VariableDeclarationKind.Const,
    docs: jsDoc(`Values ${functionName} is checking right now.`, []),
    declarations: [{ name: seen, initializer: `new ${weakSet}<object>()` }],
  };
}

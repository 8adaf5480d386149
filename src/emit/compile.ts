/**
 * Turns the package's TypeScript sources into what Node and TypeScript
 * consumers load: JavaScript and declaration files. Each module is compiled
 * on its own (the generated code is written for isolated declarations), so
 * no program or type-check is needed here.
 */
import { ts } from "ts-morph";

const compilerOptions: ts.CompilerOptions = {
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.ESNext,
  verbatimModuleSyntax: true,
  isolatedDeclarations: true,
  declaration: true,
  removeComments: false,
  newLine: ts.NewLineKind.LineFeed,
};

export interface CompiledModule {
  js: string;
  dts: string;
}

export function compileModule(fileName: string, source: string): CompiledModule {
  const js = ts.transpileModule(source, { compilerOptions, fileName, reportDiagnostics: false }).outputText;
  const declaration = ts.transpileDeclaration(source, { compilerOptions, fileName, reportDiagnostics: true });
  const problems = declaration.diagnostics ?? [];
  if (problems.length > 0) {
    const text = problems.map((d) => ts.flattenDiagnosticMessageText(d.messageText, "\n")).join("; ");
    // The emitter writes every export with an explicit type; a failure here is a bug in mdspec, not in a spec.
    throw new Error(`cannot emit declarations for ${fileName}: ${text}`);
  }
  return { js, dts: declaration.outputText };
}

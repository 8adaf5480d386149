/**
 * The prettier settings of the generated TypeScript: format.ts formats with
 * them, and the modules written in their final layout (index-modules.ts)
 * follow them.
 */
export const PRETTIER_OPTIONS = { printWidth: 100, trailingComma: "all" } as const;

/**
 * Where a model's section starts on its module's docs page. A page shows
 * its module's models in spec order, each under a heading of its type name
 * followed by the heading of its content (templates/docs/model.md.eta); the
 * first model's heading is the page's title. Links to the others need the
 * anchor GitHub gives their heading, which counts every heading above it.
 */
import GithubSlugger from "github-slugger";
import { descriptionHeadings } from "../ir/outline.js";
import type { Shape } from "../ir/types.js";

/** The heading over a model's content on its page, by its kind. */
export function contentHeading(kind: Shape["kind"]): string {
  return kind === "object" ? "Fields" : kind === "enum" ? "Values" : "One of";
}

/**
 * The anchor of each model's heading on a page of models in this order;
 * none for the first, the page's title. The headings a model's description
 * keeps count too.
 */
export function pageAnchors(models: ReadonlyArray<{ typeName: string; kind: Shape["kind"]; description: string }>): Array<string | undefined> {
  const slugger = new GithubSlugger();
  return models.map(({ typeName, kind, description }, i) => {
    const anchor = slugger.slug(typeName);
    for (const heading of descriptionHeadings(description)) slugger.slug(heading);
    slugger.slug(contentHeading(kind));
    return i === 0 ? undefined : anchor;
  });
}

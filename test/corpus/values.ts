/**
 * Values written for a corpus, with the verdict each model's guard must give:
 * the acceptance run's check that guards work on real objects, beside the
 * docs' own examples.
 */
export interface ValueCase {
  /** The model's type name in the generated package; it must name one model. */
  model: string;
  value: unknown;
  valid: boolean;
  /** What the value is, for the report. */
  why: string;
}

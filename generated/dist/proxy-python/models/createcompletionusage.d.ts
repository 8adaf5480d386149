import { type CreateCompletionCompletionTokensDetails } from "./createcompletioncompletiontokensdetails.js";
import { type CreateCompletionPromptTokensDetails } from "./createcompletionprompttokensdetails.js";
/** Usage statistics for the completion request. */
export interface CreateCompletionUsage {
    /** Number of tokens in the generated completion. */
    completion_tokens?: number;
    /** Number of tokens in the prompt. */
    prompt_tokens?: number;
    /** Total number of tokens used in the request (prompt + completion). */
    total_tokens?: number;
    /** Breakdown of tokens used in the prompt. */
    prompt_tokens_details?: CreateCompletionPromptTokensDetails | null;
    /** Breakdown of tokens used in a completion. */
    completion_tokens_details?: CreateCompletionCompletionTokensDetails | null;
}
/** Whether `value` is a {@link CreateCompletionUsage}. */
export declare function isCreateCompletionUsage(value: unknown): value is CreateCompletionUsage;

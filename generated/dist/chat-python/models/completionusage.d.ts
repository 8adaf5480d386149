import { type PromptTokensDetails } from "./prompttokensdetails.js";
/** Usage statistics for the completion request. */
export interface CompletionUsage {
    /**
     * Number of tokens in the prompt.
     * @example 9
     */
    prompt_tokens: number;
    /**
     * Number of tokens in the completion.
     * @example 12
     */
    completion_tokens: number;
    /**
     * Total number of tokens used (prompt + completion).
     * @example 21
     */
    total_tokens: number;
    /** Breakdown of tokens used in the prompt. */
    prompt_tokens_details?: PromptTokensDetails | null;
}
/** Whether `value` is a {@link CompletionUsage}. */
export declare function isCompletionUsage(value: unknown): value is CompletionUsage;

import { type CompletionTokensDetails } from "./completiontokensdetails.js";
import { type PromptTokensDetails } from "./prompttokensdetails.js";
/** CreateCompletionResponseUsage */
export interface CreateCompletionResponseUsage {
    completion_tokens: number;
    prompt_tokens: number;
    total_tokens: number;
    completion_tokens_details?: CompletionTokensDetails;
    prompt_tokens_details?: PromptTokensDetails;
}
/** Whether `value` is a {@link CreateCompletionResponseUsage}. */
export declare function isCreateCompletionResponseUsage(value: unknown): value is CreateCompletionResponseUsage;

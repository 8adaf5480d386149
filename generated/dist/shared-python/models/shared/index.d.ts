export { type CompletionTokensDetails, isCompletionTokensDetails, validateCompletionTokensDetails, assertCompletionTokensDetails } from "./completiontokensdetails.js";
export { type CreateCompletionResponse, isCreateCompletionResponse, validateCreateCompletionResponse, assertCreateCompletionResponse } from "./createcompletionresponse.js";
export { type CreateCompletionResponseChoices, isCreateCompletionResponseChoices, validateCreateCompletionResponseChoices, assertCreateCompletionResponseChoices } from "./createcompletionresponsechoices.js";
export { type CreateCompletionResponseFinishReason, isCreateCompletionResponseFinishReason, validateCreateCompletionResponseFinishReason, assertCreateCompletionResponseFinishReason, createCompletionResponseFinishReasonValues } from "./createcompletionresponsefinishreason.js";
export { type CreateCompletionResponseLogprobs, isCreateCompletionResponseLogprobs, validateCreateCompletionResponseLogprobs, assertCreateCompletionResponseLogprobs } from "./createcompletionresponselogprobs.js";
export { type CreateCompletionResponseUsage, isCreateCompletionResponseUsage, validateCreateCompletionResponseUsage, assertCreateCompletionResponseUsage } from "./createcompletionresponseusage.js";
export { type PromptTokensDetails, isPromptTokensDetails, validatePromptTokensDetails, assertPromptTokensDetails } from "./prompttokensdetails.js";

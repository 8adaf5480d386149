export {
  type CreateCompletionChoices,
  isCreateCompletionChoices,
  validateCreateCompletionChoices,
  assertCreateCompletionChoices,
} from "./createcompletionchoices.js";
export {
  type CreateCompletionCompletionTokensDetails,
  isCreateCompletionCompletionTokensDetails,
  validateCreateCompletionCompletionTokensDetails,
  assertCreateCompletionCompletionTokensDetails,
} from "./createcompletioncompletiontokensdetails.js";
export {
  type CreateCompletionFinishReason,
  isCreateCompletionFinishReason,
  validateCreateCompletionFinishReason,
  assertCreateCompletionFinishReason,
  createCompletionFinishReasonValues,
} from "./createcompletionfinishreason.js";
export {
  type CreateCompletionPromptTokensDetails,
  isCreateCompletionPromptTokensDetails,
  validateCreateCompletionPromptTokensDetails,
  assertCreateCompletionPromptTokensDetails,
} from "./createcompletionprompttokensdetails.js";
export {
  type CreateCompletionResponseBody,
  isCreateCompletionResponseBody,
  validateCreateCompletionResponseBody,
  assertCreateCompletionResponseBody,
} from "./createcompletionresponsebody.js";
export {
  type CreateCompletionUsage,
  isCreateCompletionUsage,
  validateCreateCompletionUsage,
  assertCreateCompletionUsage,
} from "./createcompletionusage.js";
export { type Created, isCreated, validateCreated, assertCreated } from "./created.js";
export {
  type PostV2ProxyCompletionsChoices,
  isPostV2ProxyCompletionsChoices,
  validatePostV2ProxyCompletionsChoices,
  assertPostV2ProxyCompletionsChoices,
} from "./postv2proxycompletionschoices.js";
export {
  type PostV2ProxyCompletionsFinishReason,
  isPostV2ProxyCompletionsFinishReason,
  validatePostV2ProxyCompletionsFinishReason,
  assertPostV2ProxyCompletionsFinishReason,
  postV2ProxyCompletionsFinishReasonValues,
} from "./postv2proxycompletionsfinishreason.js";
export {
  type PostV2ProxyCompletionsResponseBody,
  isPostV2ProxyCompletionsResponseBody,
  validatePostV2ProxyCompletionsResponseBody,
  assertPostV2ProxyCompletionsResponseBody,
} from "./postv2proxycompletionsresponsebody.js";
export {
  type PostV2ProxyCompletionsUsage,
  isPostV2ProxyCompletionsUsage,
  validatePostV2ProxyCompletionsUsage,
  assertPostV2ProxyCompletionsUsage,
} from "./postv2proxycompletionsusage.js";

export {
  type ChatCompletionMessageCustomToolCall,
  isChatCompletionMessageCustomToolCall,
  validateChatCompletionMessageCustomToolCall,
  assertChatCompletionMessageCustomToolCall,
  chatCompletionMessageCustomToolCallSchema,
} from "./chatcompletionmessagecustomtoolcall.js";
export {
  type ChatCompletionMessageToolCall,
  isChatCompletionMessageToolCall,
  validateChatCompletionMessageToolCall,
  assertChatCompletionMessageToolCall,
  chatCompletionMessageToolCallSchema,
} from "./chatcompletionmessagetoolcall.js";
export {
  type ChatCompletionResponseMessage,
  isChatCompletionResponseMessage,
  validateChatCompletionResponseMessage,
  assertChatCompletionResponseMessage,
  chatCompletionResponseMessageSchema,
} from "./chatcompletionresponsemessage.js";
export {
  type Choices,
  isChoices,
  validateChoices,
  assertChoices,
  choicesSchema,
} from "./choices.js";
export {
  type CompletionTokensDetails,
  isCompletionTokensDetails,
  validateCompletionTokensDetails,
  assertCompletionTokensDetails,
  completionTokensDetailsSchema,
} from "./completiontokensdetails.js";
export {
  type CompletionUsage,
  isCompletionUsage,
  validateCompletionUsage,
  assertCompletionUsage,
  completionUsageSchema,
} from "./completionusage.js";
export {
  type CreateChatCompletionResponse,
  isCreateChatCompletionResponse,
  validateCreateChatCompletionResponse,
  assertCreateChatCompletionResponse,
  createChatCompletionResponseSchema,
} from "./createchatcompletionresponse.js";
export { type Custom, isCustom, validateCustom, assertCustom, customSchema } from "./custom.js";
export {
  type FinishReason,
  isFinishReason,
  validateFinishReason,
  assertFinishReason,
  finishReasonSchema,
  finishReasonValues,
} from "./finishreason.js";
export {
  type FunctionT,
  isFunctionT,
  validateFunctionT,
  assertFunctionT,
  functionTSchema,
} from "./functiont.js";
export {
  type ObjectT,
  isObjectT,
  validateObjectT,
  assertObjectT,
  objectTSchema,
  objectTValues,
} from "./objectt.js";
export {
  type PromptTokensDetails,
  isPromptTokensDetails,
  validatePromptTokensDetails,
  assertPromptTokensDetails,
  promptTokensDetailsSchema,
} from "./prompttokensdetails.js";
export {
  type ToolCalls,
  isToolCalls,
  validateToolCalls,
  assertToolCalls,
  toolCallsSchema,
} from "./toolcalls.js";

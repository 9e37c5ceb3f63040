import type { Change } from '../diff/change.js';
import { asReceiverResponse, asSentRequest, isReceiverResponse, isSentRequest } from './sent-request.js';

/** Fills a `{{name}}` template from the change; a placeholder with no value is a bug, so it throws. */
export function renderMessage(template: string, change: Change, ruleId: string): string {
  const worded = isSentRequest(change) ? asSentRequest(template) : isReceiverResponse(change) ? asReceiverResponse(template) : template;
  return worded.replace(/\{\{(\w+)\}\}/g, (_, name: string) => {
    if (name === 'operation') {
      // An element outside any operation (a security scheme) names itself.
      if (!change.operation && typeof change.data.element === 'string') return change.data.element;
      if (!change.operation) throw new Error(`rule ${ruleId}: {{operation}} used on a change without an operation`);
      return `${change.operation.method} ${change.operation.path}`;
    }
    const value = change.data[name];
    if (value === undefined) throw new Error(`rule ${ruleId}: no value for placeholder {{${name}}}`);
    return String(value);
  });
}

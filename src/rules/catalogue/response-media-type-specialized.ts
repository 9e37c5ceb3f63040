import { defineRule } from '../rule.js';

export default defineRule({
  id: 'response-media-type-specialized',
  class: 'additive',
  subject: 'response-body',
  kind: 'media-type-specialized',
  description: 'A wildcard response media type was replaced by a type it covers (`application/*` to `application/json`).',
  message: '{{operation}} responds {{status}} as {{to}}, which the former {{mediaType}} covered.',
  why: 'Every response is still one clients were told to expect; the contract just became more precise.',
  fix: 'Nothing to do.',
});

import type { DeprecationPolicy } from '../rules/rule.js';
import type { ChangeClass, FailOn } from '../types.js';

export type { DeprecationPolicy };

export type Profile = 'default' | 'strict';

/** A rule's class override; `off` drops its findings. */
export type RuleSetting = ChangeClass | 'off';

/** One accepted change. Matching uses stable fields only: rule, service, method + path template, pointer. */
export interface AcceptEntry {
  rule: string;
  service?: string;
  /** As written in the document, e.g. `DELETE /items/{id}`; parameter names do not matter. */
  operation?: string;
  /** JSON pointer of the finding's base or revision location. */
  pointer?: string;
  reason: string;
  /** `YYYY-MM-DD`: the last day the acceptance holds. */
  expires: string;
}

/** The keys that may be set for all services and overridden per service. */
export interface Policy {
  failOn?: FailOn;
  profile?: Profile;
  rules?: Record<string, RuleSetting>;
  deprecation?: DeprecationPolicy;
  accept?: AcceptEntry[];
}

/** `apicompat.config.yaml` (or `.json`). */
export interface ApicompatConfig extends Policy {
  /** Refuse documents the OpenAPI schema rejects instead of comparing what can be read. */
  strict?: boolean;
  services?: Record<string, Policy>;
}

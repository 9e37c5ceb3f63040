/** What `apicompat init` writes: every key, explained, with the defaults in force. */
export const CONFIG_TEMPLATE = `# yaml-language-server: $schema=./node_modules/apicompat/schema/apicompat.config.schema.json
# apicompat configuration. Every key is optional; docs/configuration.md explains them all.

# The documents \`apicompat check\` compares, each a service (paths or globs, relative to this
# file; {path, name} names one). Without it, each folder of api-surface/ with an openapi.yaml is one.
# specs:
#   - docs/openapi.yaml

# Which class of change fails the run (exit 1): breaking, deprecation, additive or never.
# The --fail-on flag wins over this.
failOn: breaking

# Which direction fails the run: backward (clients built on the base against the revision's
# server), forward (clients built on the revision against a server still on the base: a canary,
# a rolling deploy, a rollback) or full (either). Every change carries both verdicts in JSON.
# The --compatibility flag wins over this.
compatibility: backward

# default, or strict: strict also fails changes that only tolerant clients survive (a new
# response enum value, a new response oneOf variant, a new response property where
# additionalProperties: false was promised). The "strict" column of docs/rules.md lists them.
profile: default

# A document the OpenAPI schema rejects (an operation without responses, a response without
# description, ...) is compared as far as it can be read, with a warning on stderr; strict: true
# refuses it instead (exit 2), as the --strict flag does.
strict: false

# Class per rule id (docs/rules.md; \`apicompat explain <rule-id>\`): breaking, deprecation,
# additive, or off to drop the rule's findings.
rules: {}
#  response-property-enum-value-added: breaking
#  operation-added: off

# Policy for new deprecations (off unless set):
# deprecation:
#   minDays: 90          # x-sunset must lie at least 90 days ahead (rule sunset-too-soon)
#   requireSunset: true  # a deprecation without x-sunset is a finding (rule deprecated-without-sunset)

# Accepted changes: a matching finding is shown as accepted and does not fail the run until
# the day after \`expires\`. \`apicompat accept <finding-id> --reason ... --expires ...\` adds entries.
# Matching uses rule, service, operation (method and path template) and pointer, never messages.
accept: []
#  - rule: operation-removed-without-deprecation
#    operation: DELETE /items/{id}
#    reason: Only the admin console called it, and it moved to /v2 in March.
#    expires: 2027-03-01

# Per-service overrides of the keys above, by service name:
# services:
#   billing:
#     failOn: deprecation
#     compatibility: full
#     profile: strict
`;

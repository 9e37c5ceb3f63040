import type { Operation, SecurityRequirement, SecurityScheme } from '../model/types.js';
import { sunsetChanged } from './change.js';
import { compareMaps } from './compare-maps.js';
import type { DiffContext } from './diff-context.js';

/**
 * Security by satisfiability: a client that met some base alternative must still meet some
 * revision alternative (same schemes, no new scopes).
 */
export function diffSecurity(ctx: DiffContext, base: Operation, rev: Operation): void {
  const sides = { base: base.securityLoc, revision: rev.securityLoc };
  const bOpen = isOpen(base.security);
  const rOpen = isOpen(rev.security);
  if (bOpen && rOpen) return;
  if (bOpen) return ctx.emit('security-added', 'security', sides, { requirement: describe(rev.security) });
  if (rOpen) return ctx.emit('security-removed', 'security', sides, { requirement: describe(base.security) });
  const revKeys = new Set(rev.security.map(requirementKey));
  const baseKeys = new Set(base.security.map(requirementKey));
  for (const b of base.security) {
    const key = requirementKey(b);
    if (revKeys.has(key)) continue;
    const sameSchemes = rev.security.find((r) => schemeKey(r) === schemeKey(b) && !baseKeys.has(requirementKey(r)));
    if (sameSchemes) {
      const stillSatisfied = satisfied(b, rev.security);
      for (const [scheme, scopes] of sameSchemes) {
        const before = b.get(scheme) ?? [];
        for (const scope of scopes) if (!before.includes(scope)) ctx.emit('security-scope-added', 'security', sides, { scheme, scope }, { stillSatisfied });
        for (const scope of before) if (!scopes.includes(scope)) ctx.emit('security-scope-removed', 'security', sides, { scheme, scope });
      }
      continue;
    }
    ctx.emit('security-requirement-removed', 'security', sides, { requirement: describe([b]) }, { stillSatisfied: satisfied(b, rev.security), ...retired(ctx, b) });
  }
  for (const r of rev.security) {
    const key = requirementKey(r);
    if (baseKeys.has(key)) continue;
    if (base.security.some((b) => schemeKey(b) === schemeKey(r) && !revKeys.has(requirementKey(b)))) continue;
    ctx.emit('security-requirement-added', 'security', sides, { requirement: describe([r]) });
  }
}

/**
 * A dropped alternative whose schemes were all deprecated ends their lifecycle, like a deprecated
 * operation removed; the earliest sunset among them is the one clients were promised.
 */
function retired(ctx: DiffContext, requirement: SecurityRequirement): { deprecated?: boolean; sunset?: string } {
  const schemes = [...requirement.keys()].map((name) => ctx.baseSchemes.get(name));
  if (schemes.length === 0 || !schemes.every((s) => s?.deprecated)) return {};
  const sunsets = schemes.map((s) => s!.sunset).filter((d): d is string => d !== undefined).sort();
  return sunsets.length > 0 ? { deprecated: true, sunset: sunsets[0] } : { deprecated: true };
}

function isOpen(security: SecurityRequirement[]): boolean {
  return security.length === 0 || security.some((r) => r.size === 0);
}

/** Some revision alternative asks only for schemes and scopes that `b` already provided. */
function satisfied(b: SecurityRequirement, rev: SecurityRequirement[]): boolean {
  return rev.some((r) => [...r].every(([scheme, scopes]) => b.has(scheme) && scopes.every((s) => b.get(scheme)!.includes(s))));
}

function schemeKey(r: SecurityRequirement): string {
  return [...r.keys()].sort().join('+');
}

function requirementKey(r: SecurityRequirement): string {
  return [...r.entries()]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([k, v]) => `${k}[${[...v].sort().join(',')}]`)
    .join('+');
}

function describe(security: SecurityRequirement[]): string {
  return security.map((r) => [...r.entries()].map(([k, v]) => (v.length ? `${k} (${v.join(', ')})` : k)).join(' and ')).join(' or ');
}

/** A scheme definition: how clients present credentials and where they obtain them. */
export function diffSecurityScheme(ctx: DiffContext, b: SecurityScheme, r: SecurityScheme): void {
  const sides = { base: b.loc, revision: r.loc };
  const data = { scheme: r.name };
  if (!b.deprecated && r.deprecated) ctx.emit('deprecated', 'security-scheme', sides, { ...data, element: `Security scheme ${r.name}`, sunset: r.sunset ?? '' }, { sunset: r.sunset });
  if (b.deprecated && !r.deprecated) ctx.emit('reactivated', 'security-scheme', sides, data);
  if (sunsetChanged(b, r)) {
    ctx.emit('sunset-changed', 'security-scheme', sides, { ...data, element: `Security scheme ${r.name}`, from: b.sunset ?? '', to: r.sunset ?? '', sunset: r.sunset ?? '' });
  }
  if (b.type !== r.type) return ctx.emit('type-changed', 'security-scheme', sides, { ...data, from: b.type, to: r.type });
  if (b.in !== r.in) ctx.emit('in-changed', 'security-scheme', sides, { ...data, from: b.in ?? 'none', to: r.in ?? 'none' });
  // Header names are case-insensitive; query and cookie names are not.
  const sameName = b.in === 'header' && r.in === 'header' ? b.paramName?.toLowerCase() === r.paramName?.toLowerCase() : b.paramName === r.paramName;
  if (!sameName) ctx.emit('name-changed', 'security-scheme', sides, { ...data, from: b.paramName ?? 'none', to: r.paramName ?? 'none' });
  if (b.scheme !== r.scheme) ctx.emit('scheme-changed', 'security-scheme', sides, { ...data, from: b.scheme ?? 'none', to: r.scheme ?? 'none' });
  if (b.openIdConnectUrl !== r.openIdConnectUrl) {
    ctx.emit('open-id-connect-url-changed', 'security-scheme', sides, { ...data, from: b.openIdConnectUrl ?? 'none', to: r.openIdConnectUrl ?? 'none' });
  }
  // Like a refresh URL: one that appears is news to nobody; one that moves or goes strands clients that discover with it.
  if (b.oauth2MetadataUrl !== undefined && b.oauth2MetadataUrl !== r.oauth2MetadataUrl) {
    ctx.emit('oauth2-metadata-url-changed', 'security-scheme', sides, { ...data, from: b.oauth2MetadataUrl, to: r.oauth2MetadataUrl ?? 'none' });
  }
  compareMaps(b.flows, r.flows, {
    onRemoved: (_f, flow) => ctx.emit('flow-removed', 'security-scheme', sides, { ...data, flow }),
    onAdded: (_f, flow) => ctx.emit('flow-added', 'security-scheme', sides, { ...data, flow }),
    onMutual: (bf, rf, flow) => {
      if (bf.tokenUrl !== rf.tokenUrl) ctx.emit('token-url-changed', 'security-scheme', sides, { ...data, flow, from: bf.tokenUrl ?? 'none', to: rf.tokenUrl ?? 'none' });
      // A refresh URL that appears is news to nobody; one that moves or goes strands refreshing clients.
      if (bf.refreshUrl !== undefined && bf.refreshUrl !== rf.refreshUrl) {
        ctx.emit('refresh-url-changed', 'security-scheme', sides, { ...data, flow, from: bf.refreshUrl, to: rf.refreshUrl ?? 'none' });
      }
      if (bf.deviceAuthorizationUrl !== rf.deviceAuthorizationUrl) {
        ctx.emit('device-authorization-url-changed', 'security-scheme', sides, { ...data, flow, from: bf.deviceAuthorizationUrl ?? 'none', to: rf.deviceAuthorizationUrl ?? 'none' });
      }
      if (bf.authorizationUrl !== rf.authorizationUrl) {
        ctx.emit('authorization-url-changed', 'security-scheme', sides, { ...data, flow, from: bf.authorizationUrl ?? 'none', to: rf.authorizationUrl ?? 'none' });
      }
      for (const scope of bf.scopes) if (!rf.scopes.includes(scope)) ctx.emit('scope-removed', 'security-scheme', sides, { ...data, flow, scope });
      for (const scope of rf.scopes) if (!bf.scopes.includes(scope)) ctx.emit('scope-added', 'security-scheme', sides, { ...data, flow, scope });
    },
  });
}

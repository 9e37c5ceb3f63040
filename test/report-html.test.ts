import { describe, expect, it } from 'vitest';
import { renderHtml } from '../src/report/html.js';
import { twoServices } from './support/two-services.js';

describe('HTML report', () => {
  const html = renderHtml(twoServices(), { color: false, failOn: 'breaking' });

  it('escapes text from the contract', () => {
    expect(html).toContain('was removed &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;more&quot;.');
    expect(html).not.toContain('<script>alert(1)');
  });

  it('loads nothing from outside: no src or stylesheet links, and a policy that forbids requests', () => {
    expect(html).not.toMatch(/\ssrc=|<link\b|@import|url\(/);
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'">`);
  });

  it('has a summary row and a service filter per service', () => {
    expect(html).toContain('<tr><th scope="row">orders</th><td class="num breaking">1</td><td class="num deprecation">0</td><td class="num additive">0</td><td>1.2.0 (unchanged)</td><td>major</td></tr>');
    expect(html).toContain('<tr><th scope="row">users</th><td class="num breaking">0</td><td class="num deprecation">0</td><td class="num additive">1</td><td>0.3.0 → 0.4.0 (minor)</td><td>minor</td></tr>');
    expect(html).toContain('<button type="button" data-filter="service" data-value="orders" aria-pressed="false">orders</button>');
    expect(html).toContain('<button type="button" data-filter="service" data-value="users" aria-pressed="false">users</button>');
  });

  it('still gives file and line when no source text was handed over', () => {
    expect(html).toContain('<figcaption>revision: <code>api-surface/orders/openapi.yaml:6</code></figcaption></figure>');
    expect(html).not.toContain('<pre>');
  });
});

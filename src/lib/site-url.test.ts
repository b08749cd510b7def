/**
 * The site URL of a build (site-url.ts): an origin, from `--site` before SCO_SITE_URL before the local
 * default, and every value that would publish a wrong or broken URL refused with a message naming where
 * it came from.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { defaultSiteOrigin, resolveSite, siteOrigin, SiteUrlError } from './site-url.ts';

test('an origin is kept as URL.origin writes it: no trailing slash, host lower-cased, default port dropped', () => {
  assert.equal(siteOrigin('https://sco.example.org', '--site'), 'https://sco.example.org');
  assert.equal(siteOrigin('https://sco.example.org/', '--site'), 'https://sco.example.org');
  assert.equal(siteOrigin('https://SCO.Example.org:443/', '--site'), 'https://sco.example.org');
  assert.equal(siteOrigin('http://127.0.0.1:8080', '--site'), 'http://127.0.0.1:8080');
  assert.equal(siteOrigin('https://上合.example', '--site'), 'https://xn--fhqx9l.example'); // Python: '上合'.encode('idna')
});

test('--site wins over SCO_SITE_URL, which wins over the local default', () => {
  assert.deepEqual(resolveSite('https://a.example.org', 'https://b.example.org'), { origin: 'https://a.example.org', from: '--site' });
  assert.deepEqual(resolveSite(undefined, 'https://b.example.org/'), { origin: 'https://b.example.org', from: 'SCO_SITE_URL' });
  assert.deepEqual(resolveSite(undefined, undefined), { origin: defaultSiteOrigin, from: 'default' });
  assert.equal(defaultSiteOrigin, 'http://localhost:4321');
});

test('values that are not an http(s) origin are refused, naming the source, the value and the problem', () => {
  const cases: [string, RegExp][] = [
    ['', /empty/u],
    ['   ', /empty/u],
    [' https://sco.example.org', /white space/u],
    ['sco.example.org', /not an absolute URL/u],
    ['/articles/', /not an absolute URL/u],
    ['ftp://sco.example.org', /scheme ftp:/u],
    ['file:///srv/sco', /scheme file:/u],
    ['https://user:secret@sco.example.org', /user name or password/u],
    ['https://sco.example.org/sco/', /a path \(\/sco\/\)/u],
    ['https://sco.example.org/?x=1', /a query/u],
    ['https://sco.example.org/?', /a query/u],
    ['https://sco.example.org/#top', /a fragment/u],
  ];
  for (const [value, problem] of cases) {
    assert.throws(() => siteOrigin(value, 'SCO_SITE_URL'), (error: unknown) => {
      assert.ok(error instanceof SiteUrlError, `${JSON.stringify(value)}: ${String(error)}`);
      assert.ok(error.message.startsWith(`SCO_SITE_URL=${JSON.stringify(value)}: `), error.message);
      assert.match(error.message, problem);
      assert.match(error.message, /e\.g\. https:\/\/sco\.example\.org/u);
      return true;
    });
  }
  assert.throws(() => resolveSite('nonsense', 'https://b.example.org'), /^SiteUrlError: --site="nonsense": not an absolute URL/u);
  assert.throws(() => resolveSite(undefined, ''), /^SiteUrlError: SCO_SITE_URL="": empty/u);
});

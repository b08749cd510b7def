import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseDocument, DomUtils } from 'htmlparser2';
import { openSearchDescription, openSearchShortName } from './opensearch.ts';

test('the description names the results page as a template on the build origin, and itself', () => {
  const xml = openSearchDescription(new URL('https://sco.example.org'));
  const doc = parseDocument(xml, { xmlMode: true });
  const urls = DomUtils.getElementsByTagName('Url', doc).map((u) => [u.attribs['type'], u.attribs['template']]);
  assert.deepEqual(urls, [
    ['text/html', 'https://sco.example.org/search/?q={searchTerms}'],
    ['application/opensearchdescription+xml', 'https://sco.example.org/opensearch.xml'],
  ]);
  assert.equal(DomUtils.textContent(DomUtils.getElementsByTagName('InputEncoding', doc)[0]!), 'UTF-8');
  assert.ok([...openSearchShortName].length <= 16, 'OpenSearch allows 16 characters at most');
});

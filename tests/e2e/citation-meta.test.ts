/**
 * Citation metadata of every article page, as a reference manager or Google Scholar reads it: the head's
 * Highwire `citation_*` tags, canonical / cite-as / og:url links, JSON-LD, and the three citation
 * downloads (RIS, BibTeX, CSL-JSON) linked from the page's metadata list and the head.
 *
 * Expected values come from the article's own frontmatter, read here independently of the site's code
 * (content/articles/<slug>.mdx parsed with `yaml`, or SCO_CONTENT_DIR's), and from the site URL the build
 * used: SCO_SITE_URL, default http://localhost:4321 as in astro.config.mjs.
 *
 * Needs a built site (npm run build), built with the same SCO_SITE_URL. Fails naming the article and the
 * tag, link or file that is wrong.
 */
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, test } from 'node:test';
import { parse } from 'yaml';
import { articleLinks, useSite } from './support/site.ts';

const siteUrl = process.env['SCO_SITE_URL'] ?? 'http://localhost:4321';
const articlesDir = join(resolve(process.env['SCO_CONTENT_DIR'] ?? fileURLToPath(new URL('../../content/', import.meta.url))), 'articles');

interface Text {
  value: string;
}
interface Frontmatter {
  title: Text;
  subtitle?: Text;
  authors: { name: Text; role: 'author' | 'interviewee' | 'reporter' }[];
  sourceKind: 'journal' | 'newspaper' | 'roundtable';
  venue?: Text;
  issue?: Text;
  date?: Text;
  pages?: { value: { first: number; last: number } };
  doi?: Text;
}

async function frontmatter(slug: string): Promise<Frontmatter> {
  const text = await readFile(join(articlesDir, `${slug}.mdx`), 'utf8');
  const yaml = /^---\n([\s\S]*?)\n---\n/u.exec(text)?.[1];
  assert.ok(yaml, `${slug}.mdx has no frontmatter`);
  return parse(yaml) as Frontmatter;
}

/** The downloads and the media type each must be served with. */
const downloads = [
  { file: 'cite.ris', label: 'RIS', type: 'application/x-research-info-systems' },
  { file: 'cite.bib', label: 'BibTeX', type: 'application/x-bibtex' },
  { file: 'cite.json', label: 'CSL-JSON', type: 'application/vnd.citationstyles.csl+json' },
];

describe('citation metadata', () => {
  const site = useSite();

  test('every article page carries its bibliography in the head and links working downloads', async () => {
    const page = await site().browser.newPage();
    const links = await articleLinks(page, site().baseUrl);
    assert.ok(links.length > 0, 'the home page lists no article');
    for (const url of links) {
      const path = new URL(url).pathname;
      const slug = /^\/articles\/([^/]+)\/$/u.exec(path)?.[1];
      assert.ok(slug, `${url} is not an article page`);
      const fm = await frontmatter(slug);
      await page.goto(url);

      const head = await page.evaluate(() => {
        const metas = [...document.head.querySelectorAll('meta')].map((m) => [m.getAttribute('name') ?? m.getAttribute('property') ?? '', m.getAttribute('content') ?? ''] as const);
        const hrefs = (rel: string) => [...document.head.querySelectorAll(`link[rel="${rel}"]`)].map((l) => l.getAttribute('href'));
        return {
          metas,
          canonical: hrefs('canonical'),
          citeAs: hrefs('cite-as'),
          alternates: [...document.head.querySelectorAll('link[rel="alternate"]')].map((l) => ({ href: l.getAttribute('href') ?? '', type: l.getAttribute('type') })),
          jsonLd: [...document.head.querySelectorAll('script[type="application/ld+json"]')].map((s) => s.textContent ?? ''),
          bodyCitationTags: document.body.querySelectorAll('meta[name^="citation_"]').length,
        };
      });
      const all = (name: string) => head.metas.filter(([n]) => n === name).map(([, content]) => content);
      const one = (name: string) => {
        const values = all(name);
        assert.ok(values.length <= 1, `${slug}: ${name} occurs ${values.length} times`);
        return values[0];
      };

      const canonical = `${siteUrl}${path}`;
      const title = fm.subtitle ? `${fm.title.value}：${fm.subtitle.value.replace(/^—+/u, '')}` : fm.title.value;
      const authors = fm.authors.filter((a) => a.role !== 'interviewee').map((a) => a.name.value);
      const column = fm.issue && /^(.+?)（第.+期）$/u.exec(fm.issue.value)?.[1];
      // The issue number alone: 6 of 2019年第6期, 54 of 智库圆桌（第54期·总343期）.
      const issueNumber = fm.issue && (/^\d{4}年第(\d+)期$/u.exec(fm.issue.value) ?? /（第(\d+)期/u.exec(fm.issue.value))?.[1];

      assert.equal(head.bodyCitationTags, 0, `${slug}: citation tags outside the head`);
      for (const [name, content] of head.metas) {
        if (name.startsWith('citation_')) assert.notEqual(content.trim(), '', `${slug}: empty ${name}`);
      }
      assert.equal(one('citation_title'), title, `${slug}: citation_title`);
      assert.deepEqual(all('citation_author'), authors, `${slug}: one citation_author per author, in order`);
      assert.equal(one('citation_publication_date'), fm.date?.value.replaceAll('-', '/'), `${slug}: citation_publication_date`);
      assert.equal(one('citation_journal_title'), fm.venue?.value ?? column ?? undefined, `${slug}: citation_journal_title`);
      assert.equal(one('citation_issue'), issueNumber ?? undefined, `${slug}: citation_issue`);
      assert.equal(one('citation_firstpage'), fm.pages && String(fm.pages.value.first), `${slug}: citation_firstpage`);
      assert.equal(one('citation_lastpage'), fm.pages && String(fm.pages.value.last), `${slug}: citation_lastpage`);
      assert.equal(one('citation_doi'), fm.doi?.value, `${slug}: citation_doi`);
      assert.equal(one('citation_language'), 'zh', `${slug}: citation_language`);
      assert.equal(one('citation_fulltext_html_url'), canonical, `${slug}: citation_fulltext_html_url`);

      assert.deepEqual(head.canonical, [canonical], `${slug}: link rel=canonical`);
      assert.deepEqual(head.citeAs, [canonical], `${slug}: link rel=cite-as`);
      assert.equal(one('og:url'), canonical, `${slug}: og:url`);
      assert.equal(one('og:title'), title, `${slug}: og:title`);
      assert.equal(one('og:type'), 'article', `${slug}: og:type`);
      assert.equal(one('og:locale'), 'zh_CN', `${slug}: og:locale`);
      assert.equal(one('og:site_name'), '上海合作组织文献知识库', `${slug}: og:site_name`);
      assert.ok(one('og:description'), `${slug}: og:description`);
      assert.equal(one('article:published_time'), fm.date?.value, `${slug}: article:published_time`);
      assert.deepEqual(all('article:author'), authors, `${slug}: article:author`);

      assert.equal(head.jsonLd.length, 1, `${slug}: one JSON-LD script`);
      const ld = JSON.parse(head.jsonLd[0]!) as Record<string, unknown>;
      assert.equal(ld['@context'], 'https://schema.org', `${slug}: JSON-LD @context`);
      assert.equal(ld['@type'], fm.sourceKind === 'newspaper' ? 'NewsArticle' : 'ScholarlyArticle', `${slug}: JSON-LD @type`);
      assert.equal(ld['headline'], title, `${slug}: JSON-LD headline`);
      assert.equal(ld['url'], canonical, `${slug}: JSON-LD url`);
      assert.equal(ld['inLanguage'], 'zh-CN', `${slug}: JSON-LD inLanguage`);

      const shown = await page.locator('dl.meta a[download]').evaluateAll((anchors) =>
        anchors.map((a) => ({ href: a.getAttribute('href') ?? '', type: a.getAttribute('type'), text: a.textContent, label: a.getAttribute('aria-label') ?? '' })),
      );
      assert.deepEqual(shown.map((a) => a.text), downloads.map((d) => d.label), `${slug}: the 导出 row links RIS, BibTeX, CSL-JSON`);
      for (const download of downloads) {
        const expectedPath = `${path}${download.file}`;
        const link = shown.find((a) => a.text === download.label)!;
        assert.equal(new URL(link.href, url).pathname, expectedPath, `${slug}: ${download.label} link`);
        assert.equal(link.type, download.type, `${slug}: ${download.label} link type`);
        assert.ok(link.label.includes(download.label), `${slug}: ${download.label} link's aria-label names the format`);
        assert.ok(
          head.alternates.some((a) => new URL(a.href, url).pathname === expectedPath && a.type === download.type),
          `${slug}: no <link rel="alternate" type="${download.type}"> to ${expectedPath}`,
        );

        const response = await page.request.get(new URL(expectedPath, url).href);
        assert.equal(response.status(), 200, `${slug}: ${expectedPath} does not open`);
        assert.equal(response.headers()['content-type'], `${download.type}; charset=utf-8`, `${slug}: ${expectedPath} content type`);
        const body = await response.text();
        assert.ok(body.includes(fm.title.value), `${slug}: ${expectedPath} lacks the title`);
        assert.ok(body.includes(canonical), `${slug}: ${expectedPath} lacks the canonical URL`);
        if (download.file === 'cite.json') {
          const items = JSON.parse(body) as { title: string; URL: string }[];
          assert.equal(items.length, 1);
          assert.equal(items[0]?.title, title, `${slug}: CSL-JSON title`);
        }
      }
    }
    await page.close();
  });
});

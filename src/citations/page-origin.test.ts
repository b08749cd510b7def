/**
 * Citations made in the browser take the page's origin (page-origin.ts): the built canonical URL's path,
 * query and fragment on the origin the page was served from; a page opened from disk keeps the built URL.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { onPageOrigin } from './page-origin.ts';

const built = 'http://localhost:4321/articles/chen-zeng-central-asian-members-expectations/';

test('the built URL is moved to the page origin, path, query and fragment kept', () => {
  assert.equal(onPageOrigin(built, 'https://sco.example.org'), 'https://sco.example.org/articles/chen-zeng-central-asian-members-expectations/');
  assert.equal(onPageOrigin(`${built}#p211d12`, 'http://127.0.0.1:8080'), 'http://127.0.0.1:8080/articles/chen-zeng-central-asian-members-expectations/#p211d12');
  assert.equal(onPageOrigin('https://sco.example.org/a/?q=%E4%B8%8A#x', 'https://mirror.example.net'), 'https://mirror.example.net/a/?q=%E4%B8%8A#x');
  assert.equal(onPageOrigin('https://sco.example.org/a/', 'https://sco.example.org'), 'https://sco.example.org/a/');
});

test('a page without an http(s) origin (opened from disk: "null") keeps the built URL', () => {
  assert.equal(onPageOrigin(built, 'null'), built);
  assert.equal(onPageOrigin(built, 'file://'), built);
  assert.equal(onPageOrigin(built, ''), built);
});

test('a built URL that is not absolute is a programming error', () => {
  assert.throws(() => onPageOrigin('/articles/x/', 'https://sco.example.org'), TypeError);
});

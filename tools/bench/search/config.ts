/**
 * The fixed settings of the search benchmark (tools/bench/search.ts): its queries, the rows of its tables,
 * its targets, how many byte-counting runs it makes and how long it waits for a search.
 *
 * `queries`: the eight queries, in order; `rows`: the queries, then '' (no query: the page alone);
 * `label(i)`: a row's name in the tables; `nextOf(i)`: the index of the query searched second after row
 * i (the next query; the empty query is followed by itself); `targets`: cold ≤ 250 KB and ≤ 400 ms, warm
 * ≤ 30 KB and ≤ 60 ms; `byteRuns`: untimed runs per query that count bytes; `timeoutMs`: a search not
 * done by then is a failed run. Errors: none.
 */
export const queries = ['上海精神', '路', '中国', '上合組織', '上合组织 安全', '"一带一路"', 'Shanghai Spirit', '量子计算机'];
/** The rows: the queries, then the empty query (the page alone, which fetches no search data). */
export const rows = [...queries, ''];
export const label = (i: number) => (rows[i] === '' ? '(no query)' : rows[i]!);
/** The warm search after query i: the next query; the empty query is followed by itself. */
export const nextOf = (i: number) => (i < queries.length ? (i + 1) % queries.length : i);
export const targets = { coldKb: 250, coldMs: 400, warmKb: 30, warmMs: 60 };
export const byteRuns = 2;
export const timeoutMs = 15_000;

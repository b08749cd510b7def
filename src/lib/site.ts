/**
 * Facts about the site itself, shared by the page shell, the search page and the citation metadata.
 * Output: `siteName`, the knowledge base's name as shown in titles, headers and `og:site_name`.
 * Errors: none.
 */
export const siteName = '上海合作组织文献知识库';

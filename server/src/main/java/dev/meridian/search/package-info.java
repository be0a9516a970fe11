/**
 * JQL search: the query language (parser, compiler to parameterized SQL), the search endpoints, autocompletion and
 * saved filters. Reads the issue tables directly, always restricted to the projects the caller may browse.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Search (JQL)")
package dev.meridian.search;

/**
 * The assistant: natural-language search (a question in the project's own words → JQL) today; the chat, its tools
 * and model routing next. Everything it runs, it runs as the asking user.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Assistant")
package dev.meridian.assistant;

/**
 * The assistant: natural-language search (a question in the project's own words → JQL) and the chat, whose tools
 * run as the asking user and never change data. API: {@link dev.meridian.assistant.ModelInference}, the port through
 * which the active model's similar-issue ranking reaches the chat (the training module answers it once wired).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Assistant")
package dev.meridian.assistant;

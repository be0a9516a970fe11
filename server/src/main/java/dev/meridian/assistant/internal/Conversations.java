package dev.meridian.assistant.internal;

import dev.meridian.assistant.internal.Answer.ToolCall;
import dev.meridian.events.ChangeEvent;
import dev.meridian.events.ChangeEvents;
import dev.meridian.identity.CurrentUser;
import dev.meridian.platform.InvalidInputException;
import dev.meridian.platform.NotFoundException;
import dev.meridian.platform.Page;
import dev.meridian.platform.PageRequest;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Conversations and their messages, each private to the user who holds it: anyone else gets a 404. */
@Component
class Conversations {

    static final String NEW_TITLE = "New chat";
    private static final int MAX_TITLE = 200;
    private static final int MAX_COMMENT = 4_000;

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final ChangeEvents events;
    private final Clock clock;

    Conversations(JdbcClient jdbc, JsonMapper json, ChangeEvents events, Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.events = events;
        this.clock = clock;
    }

    record Conversation(long id, String title, String project, Instant createdAt, Instant updatedAt) {
    }

    record Feedback(String rating, String comment, Instant at) {
    }

    record Message(long id, long conversationId, String role, String text, List<String> citations, String model,
            String provider, String modelVersion, String intent, List<ToolCall> tools, String project, String note,
            Feedback feedback, Instant createdAt) {
    }

    record Thread(Conversation conversation, List<Message> messages) {
    }

    @Transactional
    Conversation create(String title, String project, CurrentUser user) {
        var now = Instant.now(clock);
        long id = jdbc.sql("""
                insert into assistant_conversations (user_id, title, project_key, created_at, updated_at)
                values (?, ?, ?, ?, ?) returning id""")
                .params(user.id(), title == null || title.isBlank() ? NEW_TITLE : title(title), project, ts(now), ts(now))
                .query(Long.class).single();
        return get(id, user);
    }

    @Transactional(readOnly = true)
    Page<Conversation> list(PageRequest page, CurrentUser user) {
        var items = jdbc.sql("""
                select id, title, project_key, created_at, updated_at from assistant_conversations
                where user_id = ? order by updated_at desc, id desc limit ? offset ?""")
                .params(user.id(), page.size(), page.offset()).query(Conversations::conversation).list();
        long total = jdbc.sql("select count(*) from assistant_conversations where user_id = ?").param(user.id())
                .query(Long.class).single();
        return new Page<>(page.page(), page.size(), total, items);
    }

    @Transactional(readOnly = true)
    Conversation get(long id, CurrentUser user) {
        return jdbc.sql("select id, title, project_key, created_at, updated_at from assistant_conversations where id = ? and user_id = ?")
                .params(id, user.id()).query(Conversations::conversation).optional()
                .orElseThrow(() -> new NotFoundException("Conversation", id));
    }

    @Transactional(readOnly = true)
    Thread thread(long id, CurrentUser user) {
        return new Thread(get(id, user), messages(id));
    }

    @Transactional
    Conversation rename(long id, String title, CurrentUser user) {
        if (title == null || title.isBlank()) {
            throw new InvalidInputException("title", "give the conversation a title of 1 to " + MAX_TITLE + " characters");
        }
        get(id, user);
        jdbc.sql("update assistant_conversations set title = ? where id = ?").params(title(title), id).update();
        return get(id, user);
    }

    @Transactional
    void delete(long id, CurrentUser user) {
        get(id, user);
        jdbc.sql("delete from assistant_conversations where id = ?").param(id).update();
    }

    @Transactional(readOnly = true)
    List<Message> messages(long conversationId) {
        return jdbc.sql("""
                select m.*, f.rating, f.comment as feedback_comment, f.created_at as feedback_at from assistant_messages m
                left join assistant_feedback f on f.message_id = m.id where m.conversation_id = ? order by m.id""")
                .param(conversationId).query(this::row).list();
    }

    /** The last {@code n} questions and answers of a conversation, oldest first. */
    @Transactional(readOnly = true)
    /**
     * The project the conversation is about now: that of its latest answer about one (a question naming WEB moves a
     * conversation started on HADOOP's pages to WEB, so "what is Bob working on?" next is about WEB), else the project
     * it was started in.
     */
    String currentProject(Conversation conversation) {
        return jdbc.sql("""
                select project_key from assistant_messages
                where conversation_id = ? and role = 'assistant' and project_key is not null order by id desc limit 1""")
                .param(conversation.id()).query(String.class).optional().orElse(conversation.project());
    }

    List<ChatProvider.Turn> recentTurns(long conversationId, int n) {
        var turns = new java.util.ArrayList<>(jdbc.sql("select role, text from assistant_messages where conversation_id = ? order by id desc limit ?")
                .params(conversationId, n).query((rs, i) -> new ChatProvider.Turn(rs.getString(1), rs.getString(2))).list());
        java.util.Collections.reverse(turns);
        return List.copyOf(turns);
    }

    /** The question, and the conversation named after it when it still has the default title. */
    @Transactional
    Message ask(long conversationId, String text, CurrentUser user) {
        var conversation = get(conversationId, user);
        var now = Instant.now(clock);
        long id = jdbc.sql("insert into assistant_messages (conversation_id, role, text, created_at) values (?, 'user', ?, ?) returning id")
                .params(conversationId, text, ts(now)).query(Long.class).single();
        var title = conversation.title().equals(NEW_TITLE) ? autoTitle(text) : conversation.title();
        jdbc.sql("update assistant_conversations set updated_at = ?, title = ? where id = ?").params(ts(now), title, conversationId).update();
        return message(id);
    }

    @Transactional
    Message answer(long conversationId, Answer answer) {
        long id = jdbc.sql("""
                insert into assistant_messages (conversation_id, role, text, citations, provider, model, model_version, intent,
                    tools, project_key, note, created_at)
                values (?, 'assistant', ?, ?, ?, ?, ?, ?, cast(? as jsonb), ?, ?, ?) returning id""")
                .params(conversationId, answer.text(), answer.citations().toArray(String[]::new), answer.model().provider(),
                        answer.model().name(), answer.model().version(), answer.intent(), json.writeValueAsString(answer.tools()),
                        answer.projectKey(), answer.note(), ts(Instant.now(clock)))
                .query(Long.class).single();
        jdbc.sql("update assistant_conversations set updated_at = ? where id = ?").params(ts(Instant.now(clock)), conversationId).update();
        return message(id);
    }

    /**
     * Thumbs up or down on an answer, with an optional comment; the latest one counts. It becomes training signal: an
     * {@code assistant.feedback} event with the question, the answer and the model, in the project the answer was about.
     * An answer about no project (nothing understood, nothing found) keeps its feedback here only: every consumer of
     * the outbox is organised by project.
     */
    @Transactional
    Message rate(long messageId, String rating, String comment, CurrentUser user) {
        int value = switch (rating == null ? "" : rating) {
            case "up" -> 1;
            case "down" -> -1;
            default -> throw new InvalidInputException("rating", "say \"up\" or \"down\"");
        };
        if (comment != null && comment.length() > MAX_COMMENT) {
            throw new InvalidInputException("comment", "must be at most " + MAX_COMMENT + " characters");
        }
        var answer = jdbc.sql("""
                select m.id from assistant_messages m join assistant_conversations c on c.id = m.conversation_id
                where m.id = ? and c.user_id = ? and m.role = 'assistant'""")
                .params(messageId, user.id()).query(Long.class).optional()
                .orElseThrow(() -> new NotFoundException("Answer", messageId));
        var now = Instant.now(clock);
        var note = comment == null || comment.isBlank() ? null : comment.strip();
        jdbc.sql("""
                insert into assistant_feedback (message_id, user_id, rating, comment, created_at) values (?, ?, ?, ?, ?)
                on conflict (message_id) do update set rating = excluded.rating, comment = excluded.comment, created_at = excluded.created_at""")
                .params(answer, user.id(), value, note, ts(now)).update();
        var rated = message(answer);
        if (rated.project() != null) {
            var question = jdbc.sql("""
                    select text from assistant_messages where conversation_id = ? and id < ? and role = 'user' order by id desc limit 1""")
                    .params(rated.conversationId(), rated.id()).query(String.class).optional().orElse("");
            var image = new LinkedHashMap<String, Object>();
            image.put("messageId", rated.id());
            image.put("conversationId", rated.conversationId());
            image.put("rating", rating);
            image.put("comment", note);
            image.put("question", question);
            image.put("answer", rated.text());
            image.put("citations", rated.citations());
            image.put("intent", rated.intent());
            image.put("provider", rated.provider());
            image.put("model", rated.model());
            image.put("modelVersion", rated.modelVersion());
            image.put("at", now);
            events.record(new ChangeEvent("assistant.feedback", "assistant_message", String.valueOf(rated.id()), rated.project(),
                    user.id(), image));
        }
        return rated;
    }

    private Message message(long id) {
        return jdbc.sql("""
                select m.*, f.rating, f.comment as feedback_comment, f.created_at as feedback_at from assistant_messages m
                left join assistant_feedback f on f.message_id = m.id where m.id = ?""")
                .param(id).query(this::row).single();
    }

    private Message row(ResultSet rs, int n) throws SQLException {
        var tools = rs.getString("tools");
        var rating = rs.getObject("rating", Integer.class);
        var feedback = rating == null ? null
                : new Feedback(rating > 0 ? "up" : "down", rs.getString("feedback_comment"), rs.getTimestamp("feedback_at").toInstant());
        return new Message(rs.getLong("id"), rs.getLong("conversation_id"), rs.getString("role"), rs.getString("text"),
                Arrays.asList((String[]) rs.getArray("citations").getArray()), label(rs), rs.getString("provider"),
                rs.getString("model_version"), rs.getString("intent"),
                tools == null ? List.of() : json.readValue(tools, new TypeReference<List<ToolCall>>() { }),
                rs.getString("project_key"), rs.getString("note"), feedback, rs.getTimestamp("created_at").toInstant());
    }

    private static String label(ResultSet rs) throws SQLException {
        var provider = rs.getString("provider");
        return provider == null ? null
                : new Answer.ModelInfo(provider, rs.getString("model"), rs.getString("model_version")).label();
    }

    private static Conversation conversation(ResultSet rs, int row) throws SQLException {
        return new Conversation(rs.getLong("id"), rs.getString("title"), rs.getString("project_key"),
                rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("updated_at").toInstant());
    }

    private static String title(String title) {
        var t = title.strip();
        return t.length() <= MAX_TITLE ? t : t.substring(0, MAX_TITLE - 1) + "…";
    }

    private static String autoTitle(String question) {
        var t = question.strip().replaceAll("\\s+", " ");
        return t.length() <= 60 ? t : t.substring(0, 59) + "…";
    }

    private static Timestamp ts(Instant instant) {
        return Timestamp.from(instant);
    }
}

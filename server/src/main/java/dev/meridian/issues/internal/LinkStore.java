package dev.meridian.issues.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

@Component
public class LinkStore {

    private final JdbcClient jdbc;

    LinkStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record LinkType(long id, String name, String outward, String inward) {
    }

    public record Link(long id, long typeId, long sourceId, long targetId) {
    }

    public List<LinkType> types() {
        return jdbc.sql("select id, name, outward, inward from link_types order by id").query(LinkType.class).list();
    }

    /** Returns the existing link's id when the same link is added twice. */
    public long insert(long typeId, long sourceId, long targetId) {
        return jdbc.sql("""
                insert into issue_links (type_id, source_id, target_id) values (?, ?, ?)
                on conflict (type_id, source_id, target_id) do update set type_id = excluded.type_id returning id""")
                .params(typeId, sourceId, targetId).query(Long.class).single();
    }

    /** The id of the link type of this name, added (as installed ones are) when an admin's database lacks it. */
    public long type(String name, String outward, String inward) {
        return jdbc.sql("""
                insert into link_types (name, outward, inward) values (?, ?, ?)
                on conflict (name) do update set name = excluded.name returning id""")
                .params(name, outward, inward).query(Long.class).single();
    }

    public Optional<Link> find(long id) {
        return jdbc.sql("select id, type_id, source_id, target_id from issue_links where id = ?").param(id).query(Link.class).optional();
    }

    public void delete(long id) {
        jdbc.sql("delete from issue_links where id = ?").param(id).update();
    }
}

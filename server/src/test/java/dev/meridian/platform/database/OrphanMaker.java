package dev.meridian.platform.database;

import java.nio.file.Path;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Run in a child JVM by a test: starts the database, commits a row, says READY and waits to be killed. */
final class OrphanMaker {

    private OrphanMaker() {
    }

    public static void main(String[] args) throws Exception {
        var db = EmbeddedDatabase.start(Path.of(args[0]), true);
        var jdbc = JdbcClient.create(db.dataSource());
        jdbc.sql("create table before_kill (v text)").update();
        jdbc.sql("insert into before_kill values ('committed')").update();
        System.out.println("READY");
        System.out.flush();
        Thread.sleep(600_000);
    }
}

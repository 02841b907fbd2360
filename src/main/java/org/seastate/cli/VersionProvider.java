package org.seastate.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** Version and git commit, stamped into the jar at build time. */
public final class VersionProvider implements IVersionProvider {

  /** The version properties, or "unknown" values when run from unpackaged classes. */
  static Properties properties() {
    Properties p = new Properties();
    try (InputStream in = VersionProvider.class.getResourceAsStream("version.properties")) {
      if (in != null) {
        p.load(in);
      }
    } catch (IOException e) {
      // fall through to the defaults below
    }
    return p;
  }

  public static String version() {
    return clean(properties().getProperty("version"));
  }

  public static String commit() {
    Properties p = properties();
    String commit = clean(p.getProperty("commit"));
    return "true".equals(p.getProperty("dirty")) ? commit + "-dirty" : commit;
  }

  private static String clean(String value) {
    return value == null || value.isBlank() || value.startsWith("${") ? "unknown" : value;
  }

  @Override
  public String[] getVersion() {
    return new String[] {
      "seastate " + version() + " (commit " + commit() + ")",
      "Java " + System.getProperty("java.version") + ", MASON 18"
    };
  }
}

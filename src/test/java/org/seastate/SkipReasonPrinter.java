package org.seastate;

import java.util.Optional;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;

/**
 * Prints why a test was skipped (a failed assumption such as "needs root" or "Xvfb did not
 * start", or a {@code @Disabled} reason) on the console, where Maven only counts skipped tests.
 * Registered for every test through META-INF/services and junit-platform.properties.
 */
public final class SkipReasonPrinter implements TestWatcher {

  @Override
  public void testAborted(ExtensionContext context, Throwable cause) {
    print(context, cause == null || cause.getMessage() == null ? "aborted" : cause.getMessage());
  }

  @Override
  public void testDisabled(ExtensionContext context, Optional<String> reason) {
    print(context, reason.orElse("disabled"));
  }

  private static void print(ExtensionContext context, String reason) {
    String test = context.getRequiredTestClass().getSimpleName() + "." + context.getDisplayName();
    System.out.println("SKIPPED " + test + ": " + reason.lines().findFirst().orElse(reason));
    System.out.flush();
  }
}

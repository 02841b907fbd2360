package org.seastate.cli;

import java.util.concurrent.Callable;
import org.seastate.io.ResultsInputException;

/** Runs an analysis step, turning problems with the user's results folder into exit code 2. */
final class AnalysisCommands {
  private AnalysisCommands() {}

  static <T> T userErrors(Callable<T> step) throws Exception {
    try {
      return step.call();
    } catch (ResultsInputException e) {
      throw new UserInputException(e.getMessage());
    }
  }
}

package org.seastate.sweep;

import org.seastate.io.RunRecord;

/** Performs one run of a sweep. Called from several threads at once. */
@FunctionalInterface
public interface Runner {
  /** The finished run; an exception means the run failed (it is recorded as failed). */
  RunRecord run(RunSpec spec) throws Exception;
}

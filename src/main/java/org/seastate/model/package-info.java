/**
 * The agent-based model on MASON: vessels, national commands, missions, encounters on the
 * escalation ladder, cooperation rules derived from agreements, tension, and metrics delivered
 * through listener interfaces.
 *
 * <p>A run is a pure function of (scenario, seed). The model prints nothing, writes no files
 * and never touches Swing.
 */
package org.seastate.model;

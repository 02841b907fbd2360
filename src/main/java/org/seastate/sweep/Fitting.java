package org.seastate.sweep;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import org.apache.commons.math3.exception.TooManyEvaluationsException;
import org.apache.commons.math3.optim.InitialGuess;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.MaxIter;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.nonlinear.scalar.ObjectiveFunction;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.NelderMeadSimplex;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.SimplexOptimizer;

/**
 * The search of a calibration: minimises the loss of {@link Calibration#compare} over named
 * parameters within their bounds, and turns unit coordinates into parameter values. Apart from
 * the targets and the loss, which say what is compared.
 */
public final class Fitting {
  private Fitting() {}

  /** What a fit found. */
  public record Fit(Map<String, Object> values, double loss, int evaluations, List<String> trace) {}

  /**
   * Minimises {@code loss} over the parameters with Nelder–Mead (Commons Math
   * {@link SimplexOptimizer}) in the unit cube of the bounds: each coordinate is clamped to
   * [0, 1] and mapped to its parameter (rounded for integers). Starts from {@code start} (unit
   * coordinates), with a simplex of side 0.25 pointing into the box. The same code fits the model and the toy
   * problems of the tests.
   */
  public static Fit minimise(List<FitParameter> params, double[] start, ToDoubleFunction<Map<String, Object>> loss,
      int maxEvaluations) {
    Map<String, Double> cache = new LinkedHashMap<>();
    List<String> trace = new ArrayList<>();
    double[] best = {Double.POSITIVE_INFINITY};
    Map<String, Object>[] bestValues = new Map[] {null};
    int[] evals = {0};
    ObjectiveFunction f = new ObjectiveFunction(u -> {
      Map<String, Object> values = values(params, u);
      String key = values.toString();
      Double cached = cache.get(key);
      if (cached != null) {
        return cached;
      }
      if (evals[0] >= maxEvaluations) {
        throw new StopFit();
      }
      double l = loss.applyAsDouble(values);
      evals[0]++;
      cache.put(key, l);
      trace.add(String.format(Locale.ROOT, "%3d  loss %10.4f  %s", evals[0], l, values));
      if (l < best[0]) {
        best[0] = l;
        bestValues[0] = values;
      }
      return l;
    });
    double[] steps = new double[params.size()];
    for (int i = 0; i < steps.length; i++) { // step into the box from a start on or near a bound
      steps[i] = start[i] > 0.5 ? -0.25 : 0.25;
    }
    SimplexOptimizer opt = new SimplexOptimizer(1e-4, 1e-6);
    try {
      opt.optimize(new MaxEval(maxEvaluations * 50), new MaxIter(maxEvaluations * 50), f, GoalType.MINIMIZE,
          new InitialGuess(start), new NelderMeadSimplex(steps));
    } catch (TooManyEvaluationsException | StopFit e) {
      // keep the best point so far
    }
    return new Fit(bestValues[0], best[0], evals[0], trace);
  }

  /** Thrown by a loss function to stop a search (the evaluation budget is spent). */
  public static final class StopFit extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public StopFit() {
      super(null, null, false, false);
    }
  }

  /** Parameter values at a point of the unit cube. */
  public static Map<String, Object> values(List<FitParameter> params, double[] unit) {
    Map<String, Object> out = new LinkedHashMap<>();
    for (int i = 0; i < params.size(); i++) {
      out.put(params.get(i).path(), params.get(i).at(unit[i]));
    }
    return out;
  }
}

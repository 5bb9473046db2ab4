import type { FormStep } from "./form-map-schema";
import { applyFieldOps, type FieldOp } from "./page-actions";
import type { StepContext } from "./run-steps";
import { describeStep, isFieldStep, shouldRun, toFieldOps } from "./step-plan";

interface PlannedStep {
  index: number;
  name: string;
  isSkipped: boolean;
  ops: FieldOp[];
}

/**
 * Runs the field steps that start at `from` (fills, selects, checks,
 * clicks that stay on the page) in one round trip to the page instead of
 * several per step. Answers the index of the first step it did not
 * complete: a step whose element is not on the page yet, or the first
 * step that is not a field step. The caller runs that one alone, waiting
 * for its element and naming it in any error; every op is safe to apply
 * twice, so redoing a step that was partly applied changes nothing.
 */
export async function runFieldSteps(
  context: StepContext,
  steps: FormStep[],
  from: number,
): Promise<number> {
  const planned = planFieldSteps(context, steps, from);
  const ops = planned.flatMap((step) => step.ops);
  const started = performance.now();
  const applied =
    ops.length === 0
      ? 0
      : await applyFieldOps(context.page, ops).catch(() => -1);
  if (applied < 0) return from;

  const done = countCompleted(planned, applied);
  const ran = planned.slice(0, done).filter((step) => !step.isSkipped);
  // One round trip did the work of them all; each gets an equal share.
  const ms = (performance.now() - started) / Math.max(1, ran.length);
  for (const step of ran) context.onStep?.(step.name, ms);

  return planned[done]?.index ?? from + planned.length;
}

function planFieldSteps(
  context: StepContext,
  steps: FormStep[],
  from: number,
): PlannedStep[] {
  const planned: PlannedStep[] = [];
  for (let index = from; index < steps.length; index += 1) {
    const step = steps[index];
    if (!step || !isFieldStep(step)) break;

    const isSkipped = !shouldRun(step, context.input);
    planned.push({
      index,
      name: describeStep(step, index),
      isSkipped,
      ops: isSkipped ? [] : toFieldOps(step, context.input),
    });
  }

  return planned;
}

/** How many planned steps had all their ops applied. */
function countCompleted(planned: PlannedStep[], applied: number): number {
  let opsSeen = 0;
  for (const [position, step] of planned.entries()) {
    opsSeen += step.ops.length;
    if (opsSeen > applied) return position;
  }

  return planned.length;
}

import type { AnyStateNode } from 'xstate';
import type { LifecycleMachine } from './machine.js';
import { guardRef } from './refusal.js';

/**
 * The machine as a Mermaid `stateDiagram-v2`, read from the machine itself so the picture cannot drift from
 * the behaviour. Transitions that change state are arrows labelled `event [guard]`; events a state handles
 * without moving (edits, comments…) are listed inside it; events the root handles apply to every state
 * that is not final.
 */
export function lifecycleStatechart(machine: LifecycleMachine): string {
  const lines = ['stateDiagram-v2', `  [*] --> ${machine.root.initial?.target[0]?.key}`];
  const rootEvents = transitionsOf(machine.root);
  const topLevel = Object.values(machine.root.states) as AnyStateNode[];
  for (const node of topLevel) {
    if (node.type === 'compound') {
      lines.push(`  state ${node.key} {`, `    [*] --> ${node.initial?.target[0]?.key}`);
      for (const child of Object.values(node.states) as AnyStateNode[]) {
        lines.push(...describe(child, '    '));
        lines.push(...arrows(child, '    ', (target) => target.parent === node));
      }
      lines.push('  }');
      for (const child of Object.values(node.states) as AnyStateNode[]) {
        lines.push(...arrows(child, '  ', (target) => target.parent !== node));
      }
    }
    lines.push(...describe(node, '  '));
    lines.push(...arrows(node, '  '));
    if (node.type === 'final') lines.push(`  ${node.key} --> [*]`);
    else {
      for (const { event, guard, targets } of rootEvents) {
        for (const target of targets) lines.push(`  ${node.key} --> ${target.key} : ${label(event, guard)}`);
      }
    }
  }
  return `${lines.join('\n')}\n`;
}

interface Transition {
  event: string;
  guard: string | undefined;
  targets: AnyStateNode[];
}

function transitionsOf(node: AnyStateNode): Transition[] {
  return Object.entries(node.on).flatMap(([event, candidates]) =>
    (candidates as { guard?: unknown; target?: AnyStateNode[] }[]).map((candidate) => ({
      event,
      guard: guardRef(candidate.guard)?.name,
      targets: candidate.target ?? [],
    })),
  );
}

const label = (event: string, guard: string | undefined) => (guard ? `${event} [${guard}]` : event);

function describe(node: AnyStateNode, indent: string): string[] {
  const staying = transitionsOf(node).filter((t) => t.targets.length === 0);
  const events = [...new Set(staying.map((t) => t.event))];
  return events.length ? [`${indent}${node.key} : ${events.join(', ')}`] : [];
}

function arrows(node: AnyStateNode, indent: string, keep: (target: AnyStateNode) => boolean = () => true) {
  return transitionsOf(node).flatMap(({ event, guard, targets }) =>
    targets.filter(keep).map((target) => `${indent}${node.key} --> ${target.key} : ${label(event, guard)}`),
  );
}

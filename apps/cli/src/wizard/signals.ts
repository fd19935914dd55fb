/**
 * Thrown into a pending prompt when the user moves elsewhere: the step stops, the wizard moves. `again`
 * is thrown by a save that met a change made elsewhere: the step starts again at the first question
 * answered since its last save.
 */
export class NavigationSignal {
  constructor(readonly to: 'next' | 'previous' | 'back' | 'goto' | 'quit' | 'again') {}
}

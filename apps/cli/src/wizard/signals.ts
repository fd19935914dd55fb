/**
 * Thrown into a pending prompt when the user moves elsewhere: the step stops, the wizard moves. `again`
 * is thrown by a save that met a change made elsewhere: the question just answered is asked again.
 */
export class NavigationSignal {
  constructor(readonly to: 'next' | 'previous' | 'back' | 'goto' | 'quit' | 'again') {}
}

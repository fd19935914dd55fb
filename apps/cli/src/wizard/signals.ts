/** Thrown into a pending prompt when the user moves elsewhere: the step stops, the wizard moves. */
export class NavigationSignal {
  constructor(readonly to: 'next' | 'previous' | 'back' | 'goto' | 'quit') {}
}

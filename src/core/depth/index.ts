// Depth: Gaussian expectations, mean-field signal propagation, and the edge of chaos.
export { gaussianExpectations } from './expectations';
export type { GaussianExpectations } from './expectations';
export { signalPropagation, MAX_THEORY_DEPTH } from './propagation';
export type { Propagation, PropagationSettings } from './propagation';
export { criticalPoint, edgeOfChaos } from './criticality';
export type { CriticalPoint } from './criticality';
export { throughActivation, DEFAULT_VANISHING_THRESHOLD } from './through';
export type { ThroughActivation, ThroughInput } from './through';

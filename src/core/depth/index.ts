// Depth: Gaussian expectations, mean-field signal propagation and the edge of chaos; a random-network
// simulation and a short training run that measure what the theory predicts.
export { gaussianExpectations } from './expectations';
export type { GaussianExpectations } from './expectations';
export { signalPropagation, MAX_THEORY_DEPTH } from './propagation';
export type { Propagation, PropagationSettings } from './propagation';
export { criticalPoint, edgeOfChaos } from './criticality';
export type { CriticalPoint } from './criticality';
export { throughActivation, DEFAULT_VANISHING_THRESHOLD } from './through';
export type { ThroughActivation, ThroughInput } from './through';
export { INITIALISATIONS, weightVarianceOf } from './init';
export type { Initialisation } from './init';
export { Simulation, simulate } from './simulation';
export type { LayerStats, SimulationOptions, SimulationResult } from './simulation';
export { bestKernelPath } from './kernels';
export type { KernelOptions, KernelPath } from './kernels';
export { SIMULATION_LIMITS } from './simulationSettings';
export type { SimulationSettings } from './simulationSettings';
export type { Histogram, Summary } from './histogram';
export { Training, train } from './training';
export type { TrainingResult } from './training';
export { OPTIMIZERS, TRAINING_LIMITS } from './trainingSettings';
export type { Optimizer, TrainingSettings } from './trainingSettings';
export { TOY_DATASETS, toyData } from './toyData';
export type { ToyData, ToyDataset } from './toyData';

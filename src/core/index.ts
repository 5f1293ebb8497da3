// The public face of the numeric core: pure TypeScript, no dependencies, no DOM, no node API.
export type {
  Activation, ChoiceParamSpec, ElementwiseActivation, Formula, Minimum, NumberParamSpec, ParamSpec, ParamValue, Params,
  Properties, ResolvedParams, ScalarKernels, Tensor, VectorActivation, VectorView,
} from './types';
export { activation, activations } from './registry';
export { paramProblem, rangeText } from './params';
export type { ParamProblemOptions } from './params';
export { argmax1d, oneHot, softmax1d, logSoftmax1d } from './functions/softmax';
export {
  alongDim, flatten, flattenRect, mapTensor, MAX_RANK, normalizeDim, reshape, reshapeLike, shapeOf, sizeOf, someEntry, zipTensor,
} from './tensor';
export { DTYPES, parseDType, toDType } from './dtype';
export type { DType } from './dtype';
export { allocateSamples, evaluateInto, gridX, IDENTITY, MAX_SAMPLES, sample, sampleInto } from './sample';
export type { InputTransform, SampleOptions, Samples } from './sample';
export { formatNumber, formatTensor } from './format';
export { formulaChoices, formulasFor } from './formulas';
export type { FormulaVariant } from './types';
export { entropy, topTwo, topTwoMargin } from './distribution';
// Depth (issue 14): mean-field theory, the random-network simulation, the training run.
export {
  gaussianExpectations, signalPropagation, edgeOfChaos, criticalPoint, throughActivation, MAX_THEORY_DEPTH, DEFAULT_VANISHING_THRESHOLD,
  INITIALISATIONS, weightVarianceOf, Simulation, simulate, SIMULATION_LIMITS, Training, train, OPTIMIZERS, TRAINING_LIMITS, TOY_DATASETS, toyData,
} from './depth';
export type {
  GaussianExpectations, Propagation, PropagationSettings, CriticalPoint, ThroughActivation, ThroughInput, Initialisation,
  LayerStats, SimulationResult, SimulationSettings, Histogram, Summary, TrainingResult, Optimizer, TrainingSettings, ToyData, ToyDataset,
} from './depth';

// The typed message protocol between the extension host and the two webviews (the plot panel and the
// sidebar playground), in one place. Pure: no `vscode`, no DOM, no packages. Every message that crosses
// the boundary is checked by the validators in ./validate.ts before it is used.
import type { DType, InputTransform } from '../core';
import { PRESET_FRAMEWORK_LABELS, PRESET_FRAMEWORKS, type PresetFramework } from '../core/frameworkTypes';
import type { DepthState } from './depth';

/** The seed's input transform x = m·x′ + b (the core's): scale m, shift b. */
export type { InputTransform };

/** Bumped when a message or state shape changes incompatibly; states carry it for migration. */
export const PROTOCOL_VERSION = 1;

/** The panel's and playground's framework presets: the core's table of frameworks decides which. */
export const FRAMEWORKS = PRESET_FRAMEWORKS;
export type Framework = PresetFramework;
export const FRAMEWORK_LABELS = PRESET_FRAMEWORK_LABELS;
/** Frameworks "Copy as code" writes snippets for. */
export const SNIPPET_FRAMEWORKS = ['torch', 'jax', 'keras'] as const;
export type SnippetFramework = (typeof SNIPPET_FRAMEWORKS)[number];

/** Points of the panel's table, its CSV and the copied code's grid (one grid, so they agree). */
export const TABLE_POINTS = 101;

/** Limits every validator enforces: a message or state over them is dropped (or repaired, for states). */
export const LIMITS = {
  /** functions overlaid in the panel */
  functions: 8,
  /** logits in the softmax view and vectors in messages */
  logits: 1000,
  /** |x| for ranges, points and transform offsets */
  coordinate: 1e6,
  /** |logit| */
  logit: 1e6,
  /** |x| the playground accepts: any finite number (a calculator: exp(700) is a fair question) */
  playgroundX: Number.MAX_VALUE,
  temperature: [0.05, 20] as const,
  /** input transform x = m·x′ + b */
  scale: [-10, 10] as const,
  shift: [-100, 100] as const,
  /** a PNG data URL, in characters (≈ 15 MB of image) */
  pngDataUrl: 20_000_000,
  csv: 20_000_000,
  fileName: 100,
  message: 2000,
  /** a copied snippet, in characters (ours are under 4,000) */
  code: 100_000,
  filter: 200,
  id: 64,
  /** one formula SVG, in characters */
  svg: 200_000,
} as const;

export type ThemeKind = 'light' | 'dark' | 'highContrast' | 'highContrastLight';
export const THEME_KINDS: readonly ThemeKind[] = ['light', 'dark', 'highContrast', 'highContrastLight'];

/** Settings the host reads from `activationPlayground.*` and hands to both webviews. */
export interface WebviewSettings {
  /** |f'| below this is shaded as vanishing (`plot.vanishingGradientThreshold`) */
  readonly vanishingThreshold: number;
  readonly defaultFramework: Framework;
  readonly significantDigits: number;
}

export type ParamValues = Readonly<Record<string, number | string>>;

/**
 * What to show, from the hover link, "Plot Activation at Cursor" or the playground's "Open in panel":
 * an activation (core id), its parameters (our names), a point x, or a vector for the vector functions.
 */
export interface Selection {
  readonly id: string;
  readonly params?: ParamValues;
  readonly x?: number;
  readonly xs?: readonly number[];
  readonly framework?: Framework;
  /** what was left out of a hostile or odd request (a non-finite point, clamped logits), shown in the panel */
  readonly note?: string;
}

export interface PlottedFunction {
  readonly id: string;
  readonly params: ParamValues;
}

export interface Range {
  readonly min: number;
  readonly max: number;
}


export type VectorFunction = 'softmax' | 'softmin' | 'sparsemax';
export const VECTOR_FUNCTIONS: readonly VectorFunction[] = ['softmax', 'softmin', 'sparsemax'];

export interface SoftmaxState {
  readonly fn: VectorFunction;
  readonly logits: readonly number[];
  readonly temperature: number;
  /** show log-probabilities */
  readonly log: boolean;
}

export const PANEL_TABS = ['plot', 'softmax', 'depth'] as const;
export type PanelTab = (typeof PANEL_TABS)[number];

/** Everything the plot panel restores after hiding, reloading the window or restarting VS Code. */
export interface PanelState {
  readonly version: typeof PROTOCOL_VERSION;
  readonly tab: PanelTab;
  readonly functions: readonly PlottedFunction[];
  readonly showDerivative: boolean;
  readonly range: Range;
  readonly transform: InputTransform;
  readonly dtype: DType;
  readonly framework: Framework;
  /** the point marked on the curves (from a hover or typed) */
  readonly point?: number;
  /** index into `functions` whose vanishing-gradient regions are shaded */
  readonly shaded: number;
  readonly view: 'chart' | 'table';
  readonly softmax: SoftmaxState;
  /** the Depth tab: the random network, the theory and the training run */
  readonly depth: DepthState;
}

export const PLAYGROUND_VECTOR_FUNCTIONS = ['softmax', 'log_softmax', 'argmax'] as const;
export type PlaygroundVectorFunction = (typeof PLAYGROUND_VECTOR_FUNCTIONS)[number];
export const SORT_COLUMNS = ['name', 'value', 'derivative'] as const;
export type SortColumn = (typeof SORT_COLUMNS)[number];

/** The sidebar playground's state. */
export interface PlaygroundState {
  readonly version: typeof PROTOCOL_VERSION;
  readonly x: number;
  readonly selected: string;
  readonly params: ParamValues;
  readonly filter: string;
  readonly sort: { readonly column: SortColumn; readonly descending: boolean };
  readonly framework: Framework;
  readonly vector: { readonly fn: PlaygroundVectorFunction; readonly logits: readonly number[] };
  /** sequence number of the last host selection applied, so a re-posted one is not applied twice */
  readonly appliedSeq: number;
}

// ---- host → plot panel -------------------------------------------------------------------------

export interface PanelInit {
  readonly type: 'init';
  readonly settings: WebviewSettings;
  /** state restored by the serializer (validated), if any */
  readonly state?: PanelState;
  /** what the command asked for, applied over the state */
  readonly selection?: Selection;
  /** ids chosen in the quick pick: replace the plotted functions (a vector one opens the softmax tab) */
  readonly pick?: readonly string[];
  /** the tab to show ("Simulate depth" opens the Depth tab with the selection's activation first) */
  readonly tab?: PanelTab;
}
/** A later command while the panel is open: a selection, a quick-pick choice, or both. */
export interface PanelSelect {
  readonly type: 'select';
  readonly selection?: Selection;
  readonly pick?: readonly string[];
  readonly tab?: PanelTab;
}
export interface SettingsChanged { readonly type: 'settings'; readonly settings: WebviewSettings }
export interface ThemeChanged { readonly type: 'theme'; readonly kind: ThemeKind }
export interface ExportResult {
  readonly type: 'exportResult';
  readonly kind: 'png' | 'csv' | 'code';
  readonly ok: boolean;
  readonly message: string;
}
/** Build-time TeX → SVG formula images (`currentColor` fills), answering FormulasWanted; ids may be missing. */
export interface FormulasAnswer {
  readonly type: 'formulas';
  readonly svgs: Readonly<Record<string, { readonly formula: string; readonly derivative: string }>>;
}
export type HostToPanel = PanelInit | PanelSelect | SettingsChanged | ThemeChanged | ExportResult | FormulasAnswer;

// ---- plot panel → host -------------------------------------------------------------------------

export interface Ready { readonly type: 'ready' }
export interface ExportPng { readonly type: 'exportPng'; readonly dataUrl: string; readonly fileName: string }
export interface ExportCsv { readonly type: 'exportCsv'; readonly csv: string; readonly fileName: string }

/** What "Copy as code" describes: the host builds the snippet itself from these checked values. */
export type SnippetRequest = (
  | {
      readonly kind: 'elementwise';
      readonly functions: readonly PlottedFunction[];
      readonly range: Range;
      readonly transform: InputTransform;
    }
  | {
      readonly kind: 'vector';
      readonly fn: VectorFunction;
      readonly logits: readonly number[];
      readonly temperature: number;
      readonly log: boolean;
    }) & {
  /** the panel's dtype: the snippet computes in it */
  readonly dtype: DType;
};
/** "Copy as code": the webview builds the snippet (src/protocol/snippets.ts, which then stays out of the host
 *  bundle); the host only writes it to the clipboard and says how many lines of which library it copied. */
export interface CopyCode {
  readonly type: 'copyCode';
  readonly framework: SnippetFramework;
  readonly code: string;
}
/** An error the webview caught, for the output channel. */
export interface WebviewError { readonly type: 'error'; readonly message: string }
/** Asks for the formula images of these activations (the legend shows text until they come). */
export interface FormulasWanted { readonly type: 'formulas'; readonly ids: readonly string[] }
/** The panel's state, so a panel opened after this one was closed starts where the user left off. */
export interface PanelStateChanged { readonly type: 'state'; readonly state: PanelState }
export type PanelToHost = Ready | ExportPng | ExportCsv | CopyCode | WebviewError | PanelStateChanged | FormulasWanted;

// ---- host → playground -------------------------------------------------------------------------

export interface PlaygroundInit {
  readonly type: 'init';
  readonly settings: WebviewSettings;
  /** the state the host last heard from the view (a fallback for the webview's own getState) */
  readonly state?: PlaygroundState;
  readonly selection?: Selection;
  readonly seq: number;
}
export interface PlaygroundSelect { readonly type: 'select'; readonly selection: Selection; readonly seq: number }
export type HostToPlayground = PlaygroundInit | PlaygroundSelect | SettingsChanged | ThemeChanged;

// ---- playground → host -------------------------------------------------------------------------

/** Opens the plot panel on the selection; `tab: 'depth'` is the playground's "Simulate depth". */
export interface OpenInPanel { readonly type: 'openInPanel'; readonly selection: Selection; readonly tab?: 'depth' }
export interface PlaygroundStateChanged { readonly type: 'state'; readonly state: PlaygroundState }
export type PlaygroundToHost = Ready | OpenInPanel | PlaygroundStateChanged | WebviewError;

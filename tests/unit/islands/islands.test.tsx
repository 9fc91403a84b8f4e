/** Each island's server-rendered HTML carries its worked example's numbers (no JavaScript needed). */
import { createElement, type ComponentType } from 'react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import BoundaryExplorer from '../../../src/islands/boundary-explorer/BoundaryExplorer.tsx';
import Counterfactual from '../../../src/islands/counterfactual/Counterfactual.tsx';
import DataQualityTiers from '../../../src/islands/data-quality-tiers/DataQualityTiers.tsx';
import DisclosureBuilder from '../../../src/islands/disclosure-builder/DisclosureBuilder.tsx';
import TrainingAmortisation from '../../../src/islands/training-amortisation/TrainingAmortisation.tsx';
import InferenceWorkbench from '../../../src/islands/workbench/InferenceWorkbench.tsx';
import { workbenchProps } from '../../../src/islands/workbench/prepare.ts';
import { islandPropsFor } from '../../../src/islands/registry.ts';

const v02 = { id: '0.2', title: 'Consultation draft', released: '2026-11-20', coefficientSet: 'cs-2026-11' };
const render = (component: ComponentType<any>, props: unknown) => renderToString(createElement(component, props as any));
const text = (html: string) => html.replace(/<!-- -->/g, '').replace(/<[^>]+>/g, ' ').replace(/&#x27;|&#39;/g, '’').replace(/\s+/g, ' ');

describe('boundary explorer (gemini-median)', () => {
  const html = render(BoundaryExplorer, islandPropsFor('boundary-explorer', 'gemini-median', v02));
  const t = text(html);
  it('shows 0.24 Wh on the comprehensive boundary and the 0.10 Wh narrow figure', () => {
    expect(t).toContain('0.24 Wh');
    expect(t).toMatch(/narrow boundary \(active accelerators only\): 0\.1 Wh/);
    expect(t).toContain('2.4 times that figure');
  });
  it('shows emissions, the element breakdown and every boundary switch', () => {
    expect(t).toContain('0.092 gCO2e');
    expect(t).toContain('Accelerators (GPU/TPU)');
    expect(t).toContain('0.14 Wh'); // accelerators: 58/101 of 0.24 Wh
    expect(html.match(/type="checkbox"/g)?.length).toBe(8);
  });
  it('links assumptions to the coefficients and references pages of its version', () => {
    expect(html).toContain('href="/0.2/coefficients/#coef-grid-ecologits-usa"');
    expect(html).toContain('href="/0.2/references/#ref-elsworth-2025"');
    expect(html).toContain('href="/0.2/boundaries-and-functional-units/"');
  });
  it('labels inputs with units and help, and announces results politely', () => {
    expect(html.replace(/<!-- -->/g, '')).toContain('<label for="calc-boundary-explorer-estimate-energyWhPerRequest">Reported energy per request (Wh)</label>');
    expect(html).toContain('aria-live="polite"');
  });
});

describe('data-quality tiers (summarisation)', () => {
  const t = text(render(DataQualityTiers, islandPropsFor('data-quality-tiers', 'summarisation', v02)));
  it('estimates the task at all four tiers with intervals', () => {
    for (const tier of ['Measured', 'Reported', 'Modelled', 'Proxy']) expect(t).toContain(tier);
    expect(t).toContain('0.018 gCO2e'); // modelled central per article
    expect(t).toMatch(/likely range 0\.0063 to 0\.03 gCO2e/);
    expect(t).toMatch(/The proxy interval is [\d.]+ times as wide/);
  });
});

describe('training amortisation (bloom)', () => {
  const html = render(TrainingAmortisation, islandPropsFor('training-amortisation', 'bloom', v02));
  const t = text(html);
  it('shows the 50.5 t life-cycle total and the per-request share at 1 billion requests', () => {
    expect(t).toContain('51 tCO2e');
    expect(t).toContain('0.051 gCO2e');
    expect(t).toContain('At 1 billion lifetime requests, training is 3.3 %');
    expect(t).toMatch(/Inference overtakes training after about 34 million requests/);
  });
  it('has a keyboard slider on a log scale', () => {
    expect(html).toMatch(/type="range" min="3" max="13"/);
  });
});

describe('counterfactual (article-drafting)', () => {
  const t = text(render(Counterfactual, islandPropsFor('counterfactual', 'article-drafting', v02)));
  it('shows both sides, the verdict and the rebound', () => {
    expect(t).toContain('17 gCO2e');
    expect(t).toContain('19 gCO2e');
    expect(t).toContain('−1.2 gCO2e (likely range −9.9 to +8.4 gCO2e)');
    expect(t).toMatch(/interval spans zero/);
  });
  it('shows the top-down method with the guidance’s warning', () => {
    expect(t).toContain('Top-down per-capita method (advised against)');
    expect(t).toContain('4.6 kgCO2e');
    expect(t).toContain('advises against it');
  });
});

describe('disclosure builder (article-drafting-disclosure)', () => {
  const t = text(render(DisclosureBuilder, islandPropsFor('disclosure-builder', 'article-drafting-disclosure', v02)));
  it('renders the Markdown statement and the headline result', () => {
    expect(t).toContain('# AI-assisted article drafting, per article');
    expect(t).toContain('Data-quality tier: proxy');
    expect(t).toContain('26 Wh');
    expect(t).toContain('11 gCO2e');
  });
});

describe('workbench (inference)', () => {
  const t = text(render(InferenceWorkbench, workbenchProps(v02)));
  it('renders the default preset with totals per month and a tornado chart', () => {
    expect(t).toContain('Energy per month');
    expect(t).toContain('26 kWh');
    expect(t).toContain('What drives the uncertainty');
  });
});

describe('Calculator registry', () => {
  it('refuses an unknown name or example with a clear message', () => {
    expect(() => islandPropsFor('boundary-explorr', undefined, v02)).toThrow(/unknown calculator name.*boundary-explorer/);
    expect(() => islandPropsFor('boundary-explorer', 'gemini-mean', v02)).toThrow(/unknown example "gemini-mean"/);
  });
  it('uses the version’s coefficient set', () => {
    const props = islandPropsFor('boundary-explorer', 'gemini-median', { ...v02, id: '0.1', coefficientSet: 'cs-2025-10' });
    expect(props.context.coefficientSet).toBe('cs-2025-10');
    expect(props.context.links.coefficients).toBe('/0.1/coefficients/');
  });
});

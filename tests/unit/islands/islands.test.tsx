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
import { versionInfo } from '../../../src/islands/shared/server.ts';
import EstimatePanel from '../../../src/islands/estimate/EstimatePanel.tsx';
import { estimateProps } from '../../../src/islands/estimate/prepare.ts';

const v02 = versionInfo({ id: '0.2', title: 'Consultation draft', released: '2026-11-20', coefficientSet: 'cs-2026-11', glossary: {} });
const v03 = versionInfo({
  id: '0.3',
  title: 'Draft',
  released: '2027-03-01',
  coefficientSet: 'cs-2026-12',
  glossary: {},
  rulebook: { rules: [{ id: 'CF-3', chapter: 'counterfactuals-and-rebound', replaces: ['4.5'] }] },
});
const render = (component: ComponentType<any>, props: unknown) => renderToString(createElement(component, props as any));
const text = (html: string) =>
  html
    .replace(/<!-- -->/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#x27;|&#39;/g, '’')
    .replace(/\s+/g, ' ');

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
    expect(html.replace(/<!-- -->/g, '')).toContain(
      '<label for="calc-boundary-explorer-estimate-energyWhPerRequest">Reported energy per request (Wh)</label>',
    );
    expect(html).toContain('aria-live="polite"');
  });
});

describe('data-quality tiers (summarisation)', () => {
  const t = text(render(DataQualityTiers, islandPropsFor('data-quality-tiers', 'summarisation', v02)));
  it('estimates the task at all four tiers with intervals', () => {
    for (const tier of ['Measured', 'Reported', 'Modelled', 'Proxy']) expect(t).toContain(tier);
    expect(t).toContain('0.018 gCO2e'); // modelled central per article
    expect(t).toMatch(/likely range 0\.0063 to 0\.03 gCO2e/);
    expect(t).toMatch(/The proxy range is [\d.]+ times as wide/);
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
  const html = render(Counterfactual, islandPropsFor('counterfactual', 'article-drafting', v02));
  const t = text(html);
  it('shows both sides, the verdict and the rebound', () => {
    expect(t).toContain('17 gCO2e');
    expect(t).toContain('19 gCO2e');
    expect(t).toContain('−1.2 gCO2e (likely range −9.9 to +8.4 gCO2e)');
    expect(t).toContain('Per task: the likely range includes both a saving and an increase');
    expect(t).toContain('Per month, with rebound: the likely range includes both a saving and an increase');
  });
  it('renders source ids in its notes as author-year links, never raw keys', () => {
    expect(t).not.toMatch(/\((tomlinson-2024|rockpool-2024|luccioni-2025-jevons)\)/);
    expect(html).toContain('href="/0.2/references/#ref-rockpool-2024"');
  });
  it('links the top-down provision by the number its version gives it', () => {
    expect(html).toContain('href="/0.2/counterfactuals-and-rebound/#req-4.5">requirement 4.5</a>');
  });
  it('disables its inputs with a note until it runs, while the worked example’s result stays', () => {
    expect(t).toContain('The inputs need JavaScript');
    expect(html).toMatch(/<input[^>]*id="calc-counterfactual-ai-reviewTimeH"[^>]*disabled=""/);
  });
  it('shows times in minutes and names only typed values as entered', () => {
    expect(t).toContain('Review time with AI (min)');
    expect(html).not.toMatch(/<td>you entered/);
    expect(html).toMatch(/<td>worked example/);
  });
  it('shows the top-down method with the guidance’s warning', () => {
    expect(t).toContain('Top-down per-capita method (advised against)');
    expect(t).toContain('4.6 kgCO2e');
    expect(t).toContain('advises against it');
  });
});

describe('disclosure builder (article-drafting-disclosure)', () => {
  const html = render(DisclosureBuilder, islandPropsFor('disclosure-builder', 'article-drafting-disclosure', v02));
  const t = text(html);
  it('renders the Markdown statement and the headline result', () => {
    expect(t).toContain('# AI-assisted article drafting, per article');
    expect(t).toContain('Data-quality tier: proxy');
    expect(t).toContain('26 Wh');
    expect(t).toContain('11 gCO2e');
  });
  it('offers a training run beside the inference estimate it opens with, whose fields it shows only when chosen', () => {
    expect(html.replace(/<!-- -->/g, '')).toContain('<label for="calc-disclosure-builder-model">What the statement discloses</label>');
    expect(html).toMatch(/<option value="inference" selected="">Use of a model \(inference\)<\/option>/);
    expect(html).toContain('<option value="training">A training or fine-tuning run</option>');
    expect(t).not.toContain('Accelerator-hours');
  });
  it('starts a training statement from the newsroom fine-tuning example, stamped with the page’s version', () => {
    const props = islandPropsFor('disclosure-builder', 'article-drafting-disclosure', v02) as unknown as { trainingStatement: unknown };
    expect(props.trainingStatement).toMatchObject({ model: 'training', guidanceVersion: '0.2', input: { kind: 'fine-tuning' } });
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

describe('estimate my use case (0.3)', () => {
  const props = estimateProps(v03)!;
  const html = render(EstimatePanel, props);
  const t = text(html);
  it('starts from summarisation with a large model, 1,000 a month, and reads its three figures without JavaScript', () => {
    expect(html).toContain('id="calc-estimate"');
    expect(t).toMatch(/With AI:? [\d.]+ kgCO2e a month for 1,000 articles/);
    expect(t).toMatch(/By hand:? [\d.]+ kgCO2e a month for 1,000 articles/);
    expect(t).toMatch(/Using AI saves about [\d.]+ kgCO2e a month/);
    expect(t).toMatch(/likely range: saves [\d.]+ to [\d.]+ kgCO2e/);
    expect(t).toContain('Would change the answer most');
  });
  it('offers every task of the set, the model classes with named examples and published figures, and countries', () => {
    for (const task of ['Article drafting', 'Summarisation', 'Transcription and subtitling', 'Image generation', 'Video generation'])
      expect(t).toContain(task);
    expect(t).toContain('GPT-4o, Claude Sonnet, Gemini Flash class.');
    expect(t).toMatch(/Published for models of this class: Reported energy, median Gemini Apps text prompt \(Google, May 2025\), 0\.24 Wh/);
    expect(html).toContain('value="grid-ecologits-gbr"');
  });
  it('puts everything else under Advanced, and links the range wording to its explanation', () => {
    expect(t).toContain('Advanced: every other input of the comparison');
    expect(html).toContain('href="/0.3/glossary/#uncertainty-interval"');
  });
  it('renders the Advanced fields for readers without JavaScript only, inside <noscript>: the browser renders them when opened', () => {
    const advanced =
      /<details class="calc-advanced"><summary>Advanced: every other input of the comparison<\/summary><noscript>(.*?)<\/noscript><\/details>/s.exec(
        html,
      );
    expect(advanced?.[1]).toContain('Review time with AI');
    expect(advanced?.[1]).toContain('Where the model runs');
    expect(advanced?.[1]).toContain('id="calc-estimate-ai-reviewTimeH"');
    expect(html.match(/id="calc-estimate-ai-reviewTimeH"/g)).toHaveLength(1);
  });
  it('is absent for a version whose set predates its methods', () => {
    expect(estimateProps(v02)).toBeUndefined();
  });
});

describe('counterfactual in 0.3 (article-drafting)', () => {
  const html = render(Counterfactual, islandPropsFor('counterfactual', 'article-drafting', v03));
  it('takes the task and model controls of the estimate, and names its provision CF-3', () => {
    expect(text(html)).toContain('Task and model');
    expect(html).toContain('id="calc-counterfactual-task"');
    expect(html).toContain('href="/0.3/counterfactuals-and-rebound/#CF-3">provision CF-3</a>');
  });
});

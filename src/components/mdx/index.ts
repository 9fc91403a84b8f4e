/** The components every chapter can use without importing them (see content/README.md). */
import Aside from './Aside.astro';
import Calculator from './Calculator.astro';
import Cite from './Cite.astro';
import H2 from './H2.astro';
import H3 from './H3.astro';
import H4 from './H4.astro';
import KeyPoints from './KeyPoints.astro';
import Requirement from './Requirement.astro';
import RuleRef from './RuleRef.astro';
import Term from './Term.astro';
import WorkedExample from './WorkedExample.astro';

export const chapterComponents = { Aside, Calculator, Cite, KeyPoints, Requirement, RuleRef, Term, WorkedExample, h2: H2, h3: H3, h4: H4 };
